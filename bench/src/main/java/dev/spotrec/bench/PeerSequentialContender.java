package dev.spotrec.bench;

import java.util.ArrayList;
import java.util.List;
import se.michaelthelin.spotify.SpotifyApi;
import se.michaelthelin.spotify.exceptions.detailed.TooManyRequestsException;
import se.michaelthelin.spotify.model_objects.IPlaylistItem;
import se.michaelthelin.spotify.model_objects.specification.Paging;
import se.michaelthelin.spotify.model_objects.specification.PlaylistTrack;
import se.michaelthelin.spotify.model_objects.specification.Track;

/**
 * spotify-web-api-java 9.4.0 as its README shows, sequentially: {@code getSeveralTracks} with
 * manual chunks of 50, then {@code getPlaylistsItems} page by page (100), sleeping {@code
 * getRetryAfter()} seconds on a {@link TooManyRequestsException}.
 */
final class PeerSequentialContender implements Contender {

    @Override
    public String name() {
        return "peer sequential";
    }

    static SpotifyApi api(String base) {
        java.net.URI uri = java.net.URI.create(base);
        return new SpotifyApi.Builder()
                .setAccessToken("bench-token")
                .setScheme(uri.getScheme())
                .setHost(uri.getHost())
                .setPort(uri.getPort())
                .build();
    }

    @Override
    public Outcome run(String base, List<String> ids, String playlistId) throws Exception {
        SpotifyApi api = api(base);
        List<String> tracks = new ArrayList<>(ids.size());
        int failures = 0;
        for (int from = 0; from < ids.size(); from += 50) {
            String[] chunk =
                    ids.subList(from, Math.min(ids.size(), from + 50)).toArray(String[]::new);
            Track[] got = null;
            while (got == null) {
                try {
                    got = api.getSeveralTracks(chunk).build().execute();
                } catch (TooManyRequestsException e) {
                    Thread.sleep(e.getRetryAfter() * 1000L);
                }
            }
            for (Track t : got) {
                tracks.add(t == null ? "null" : t.getId() + "|" + t.getName());
            }
        }
        List<String> items = new ArrayList<>();
        int offset = 0;
        while (true) {
            Paging<PlaylistTrack> page;
            try {
                page =
                        api.getPlaylistsItems(playlistId)
                                .offset(offset)
                                .limit(100)
                                .build()
                                .execute();
            } catch (TooManyRequestsException e) {
                Thread.sleep(e.getRetryAfter() * 1000L);
                continue;
            }
            for (PlaylistTrack item : page.getItems()) {
                IPlaylistItem t = item.getTrack();
                items.add(t.getId() + "|" + t.getName());
            }
            if (page.getNext() == null) {
                break;
            }
            offset += 100;
        }
        return new Outcome(tracks, items, failures);
    }
}
