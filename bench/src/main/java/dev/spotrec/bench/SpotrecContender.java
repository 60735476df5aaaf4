package dev.spotrec.bench;

import dev.spotrec.spotify.ApiMode;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.model.PlaylistItem;
import dev.spotrec.spotify.model.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** spotrec's client used as its README shows: one batch call, one playlist stream. */
final class SpotrecContender implements Contender {

    @Override
    public String name() {
        return "spotrec";
    }

    @Override
    public Outcome run(String base, List<String> ids, String playlistId) {
        SpotifyClient client =
                SpotifyClient.builder()
                        .apiBaseUrl(base + "/v1")
                        .auth(SpotifyAuth.accessToken("bench-token"))
                        .mode(ApiMode.EXTENDED)
                        .build();
        int failures = 0;
        List<String> tracks = new ArrayList<>(ids.size());
        try {
            for (Track t : client.tracks().get(ids)) {
                tracks.add(t == null ? "null" : t.id() + "|" + t.name());
            }
        } catch (SpotifyApiException e) {
            failures++;
        }
        List<String> items = new ArrayList<>();
        try (Stream<PlaylistItem> stream = client.playlists().items(playlistId)) {
            stream.forEach(item -> items.add(item.item().id() + "|" + item.item().name()));
        } catch (SpotifyApiException e) {
            failures++;
        }
        return new Outcome(tracks, items, failures);
    }
}
