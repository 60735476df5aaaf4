package dev.spotrec.bench;

import java.util.List;

/** One way of doing the benchmark's work against the bench server. */
interface Contender {

    /** {@return the label printed in the table} */
    String name();

    /**
     * Fetches {@code ids} by id and pages the whole playlist.
     *
     * @param base the server, {@code http://127.0.0.1:PORT}
     * @param ids the track ids
     * @param playlistId the playlist
     * @return what came back
     * @throws Exception on setup failures
     */
    Outcome run(String base, List<String> ids, String playlistId) throws Exception;
}
