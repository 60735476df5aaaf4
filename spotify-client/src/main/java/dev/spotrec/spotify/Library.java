package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.internal.Parallel;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Saved;
import dev.spotrec.spotify.model.Track;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/**
 * The current user's library: saved tracks ({@code GET /me/tracks}), and saving, removing and
 * checking any saveable object through {@code /me/library} (40 URIs per request).
 */
public final class Library {

    private static final JavaType SAVED_TRACKS = Pager.savedPage(Track.class);
    private static final JavaType FLAGS = Json.listOf(Boolean.class);

    private final Api api;

    Library(Api api) {
        this.api = api;
    }

    /** {@return the user's saved tracks with when they were saved, lazily, 50 per request} */
    public Stream<Saved<Track>> savedTracks() {
        return Pager.stream(
                api,
                savedCall(0, Endpoint.SAVED_TRACKS.limit()),
                Endpoint.SAVED_TRACKS,
                null,
                SAVED_TRACKS,
                Integer.MAX_VALUE);
    }

    /** {@return one page of saved tracks} @param offset first index @param limit 1-50 */
    public Page<Saved<Track>> savedTracksPage(int offset, int limit) {
        return savedCall(offset, limit).fetch(SAVED_TRACKS);
    }

    /**
     * Saves objects to the library.
     *
     * @param items URIs or URLs of tracks, albums, episodes, shows, audiobooks, users or playlists
     */
    public void save(Collection<String> items) {
        for (List<String> chunk : chunks(uris(items))) {
            api.call(Endpoint.LIBRARY_SAVE).query("uris", String.join(",", chunk)).send();
        }
    }

    /** Removes objects from the library. @param items URIs or URLs */
    public void remove(Collection<String> items) {
        for (List<String> chunk : chunks(uris(items))) {
            api.call(Endpoint.LIBRARY_REMOVE).query("uris", String.join(",", chunk)).send();
        }
    }

    /**
     * Checks which objects are in the library, concurrently in chunks of 40.
     *
     * @param items URIs or URLs
     * @return one flag per input, in order
     */
    public List<Boolean> contains(Collection<String> items) {
        List<List<String>> chunks = chunks(uris(items));
        Boolean[] out = new Boolean[items.size()];
        int size = Endpoint.LIBRARY_CONTAINS.batch();
        Parallel.forEach(
                chunks.size(),
                api.concurrency(),
                c -> {
                    List<Boolean> flags =
                            api.call(Endpoint.LIBRARY_CONTAINS)
                                    .query("uris", String.join(",", chunks.get(c)))
                                    .fetch(FLAGS);
                    for (int k = 0; k < flags.size() && c * size + k < out.length; k++) {
                        out[c * size + k] = flags.get(k);
                    }
                });
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    private Call savedCall(int offset, int limit) {
        return api.call(Endpoint.SAVED_TRACKS)
                .market()
                .query("limit", Pager.limit(limit, Endpoint.SAVED_TRACKS))
                .query("offset", Pager.offset(offset, Integer.MAX_VALUE));
    }

    private static List<String> uris(Collection<String> items) {
        if (items == null) {
            throw new IllegalArgumentException("items must not be null");
        }
        List<String> uris = new ArrayList<>(items.size());
        for (String item : items) {
            uris.add(SpotifyUri.parse(item).toString());
        }
        return uris;
    }

    private static List<List<String>> chunks(List<String> uris) {
        int size = Endpoint.LIBRARY_SAVE.batch();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < uris.size(); from += size) {
            chunks.add(uris.subList(from, Math.min(uris.size(), from + size)));
        }
        return chunks;
    }
}
