package dev.spotrec.app;

import dev.spotrec.app.data.PagedQuery;
import dev.spotrec.app.service.PlaylistInput;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.PlaylistItem;
import dev.spotrec.spotify.model.Track;
import dev.spotrec.warehouse.QueryResult;
import dev.spotrec.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds a playlist's name, owner and tracks: in the warehouse when it holds the playlist, else
 * through the Web API. An unknown playlist is a usage error naming it.
 */
final class PlaylistLookup {
    /** Where the playlist came from. */
    enum Source {
        WAREHOUSE,
        API
    }

    record Found(PlaylistInput playlist, Source source) {}

    private PlaylistLookup() {}

    /** The playlist from the warehouse (opened read-only), if it is there. */
    static Optional<PlaylistInput> fromWarehouse(Warehouse wh, String id) {
        QueryResult head =
                wh.query(
                        "SELECT name, owner_id FROM playlists WHERE id = " + PagedQuery.literal(id),
                        1);
        if (head.rows().isEmpty()) {
            return Optional.empty();
        }
        QueryResult items =
                wh.query(
                        "SELECT track_id FROM playlist_items WHERE playlist_id = "
                                + PagedQuery.literal(id)
                                + " ORDER BY position",
                        100_000);
        List<String> tracks = items.rows().stream().map(r -> (String) r.get(0)).toList();
        return Optional.of(
                new PlaylistInput(
                        id,
                        (String) head.rows().get(0).get(0),
                        (String) head.rows().get(0).get(1),
                        tracks));
    }

    /**
     * The playlist through the Web API.
     *
     * @throws IllegalArgumentException naming the playlist when Spotify does not know it (404) or
     *     does not show it to this app (403)
     */
    static PlaylistInput fromApi(Supplier<SpotifyClient> clients, String id) {
        SpotifyClient client = clients.get();
        try {
            Playlist p = client.playlists().get(id, "id,name,owner(id)");
            List<String> tracks = new ArrayList<>();
            try (Stream<PlaylistItem> items = client.playlists().items(id)) {
                items.map(PlaylistItem::track)
                        .filter(Objects::nonNull)
                        .map(Track::id)
                        .filter(Objects::nonNull)
                        .forEach(tracks::add);
            }
            return new PlaylistInput(
                    id, p.name(), p.owner() == null ? null : p.owner().id(), tracks);
        } catch (SpotifyApiException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw new IllegalArgumentException(
                        "unknown playlist "
                                + id
                                + ": neither the warehouse nor Spotify has it for this app ("
                                + e.getMessage()
                                + ")",
                        e);
            }
            throw e;
        }
    }
}
