package dev.spotrec.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated catalog in Spotify's JSON shape: {@code n} full track objects (album, artists,
 * available markets, external ids) and one playlist holding all of them. The same seed gives the
 * same ids and bodies in the server process and in the comparison, so results can be checked.
 */
final class BenchCatalog {

    static final String PLAYLIST_ID = "37bench0playlist0000AA";
    private static final String ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** 180 ISO 3166-1 codes, about as many markets as a real track lists. */
    private static final List<String> MARKETS =
            Arrays.asList(Locale.getISOCountries()).subList(0, 180);

    private final List<String> ids;
    private final Map<String, Integer> index;
    private final byte[][] trackJson;
    private final byte[][] itemJson;

    BenchCatalog(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ids = new ArrayList<>(n);
        index = new HashMap<>(n * 2);
        trackJson = new byte[n][];
        itemJson = new byte[n][];
        String markets = "[\"" + String.join("\",\"", MARKETS) + "\"]";
        for (int i = 0; i < n; i++) {
            String id = id(random);
            ids.add(id);
            index.put(id, i);
            String json = track(id, i, random, markets);
            trackJson[i] = json.getBytes(StandardCharsets.UTF_8);
            itemJson[i] = item(json).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** {@return every track id, in catalog (and playlist) order} */
    List<String> ids() {
        return ids;
    }

    /** {@return the catalog index of {@code id}, or -1} */
    int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }

    /** {@return the track's JSON} */
    byte[] track(int i) {
        return trackJson[i];
    }

    /** {@return the playlist entry for track {@code i}, pre-2026 shape ({@code track} key)} */
    byte[] item(int i) {
        return itemJson[i];
    }

    /** {@return the name the catalog gives track {@code i}} */
    static String name(int i) {
        return "Bench Track " + i;
    }

    private static String id(SplittableRandom random) {
        char[] c = new char[22];
        for (int i = 0; i < 22; i++) {
            c[i] = ALPHABET.charAt(random.nextInt(62));
        }
        return new String(c);
    }

    private static String track(String id, int i, SplittableRandom random, String markets) {
        String artistId = "0artist" + String.format("%015d", i % 997);
        String albumId = "0album00" + String.format("%014d", i / 12);
        String artist =
                "{\"external_urls\":{\"spotify\":\"https://open.spotify.com/artist/"
                        + artistId
                        + "\"},"
                        + "\"href\":\"https://api.spotify.com/v1/artists/"
                        + artistId
                        + "\",\"id\":\""
                        + artistId
                        + "\",\"name\":\"Bench Artist "
                        + (i % 997)
                        + "\",\"type\":\"artist\",\"uri\":\"spotify:artist:"
                        + artistId
                        + "\"}";
        StringBuilder images = new StringBuilder();
        for (int size : new int[] {640, 300, 64}) {
            images.append(images.isEmpty() ? "" : ",")
                    .append("{\"height\":")
                    .append(size)
                    .append(",\"url\":\"https://i.scdn.co/image/ab67616d0000b273")
                    .append(albumId)
                    .append(size)
                    .append("\",\"width\":")
                    .append(size)
                    .append('}');
        }
        String album =
                "{\"album_type\":\"album\",\"artists\":["
                        + artist
                        + "],\"available_markets\":"
                        + markets
                        + ",\"external_urls\":{\"spotify\":\"https://open.spotify.com/album/"
                        + albumId
                        + "\"},"
                        + "\"href\":\"https://api.spotify.com/v1/albums/"
                        + albumId
                        + "\",\"id\":\""
                        + albumId
                        + "\",\"images\":["
                        + images
                        + "],\"name\":\"Bench Album "
                        + (i / 12)
                        + "\",\"release_date\":\"20"
                        + (10 + i % 15)
                        + "-0"
                        + (1 + i % 9)
                        + "-1"
                        + (i % 9)
                        + "\",\"release_date_precision\":\"day\","
                        + "\"total_tracks\":12,\"type\":\"album\",\"uri\":\"spotify:album:"
                        + albumId
                        + "\"}";
        return "{\"album\":"
                + album
                + ",\"artists\":["
                + artist
                + "],\"available_markets\":"
                + markets
                + ",\"disc_number\":1,\"duration_ms\":"
                + (120_000 + random.nextInt(240_000))
                + ",\"explicit\":"
                + (i % 7 == 0)
                + ",\"external_ids\":{\"isrc\":\"USBEN"
                + String.format("%07d", i)
                + "\"},\"external_urls\":{\"spotify\":\"https://open.spotify.com/track/"
                + id
                + "\"},"
                + "\"href\":\"https://api.spotify.com/v1/tracks/"
                + id
                + "\",\"id\":\""
                + id
                + "\",\"is_local\":false,\"name\":\""
                + name(i)
                + "\",\"popularity\":"
                + random.nextInt(101)
                + ",\"preview_url\":null,\"track_number\":"
                + (1 + i % 12)
                + ",\"type\":\"track\","
                + "\"uri\":\"spotify:track:"
                + id
                + "\"}";
    }

    private static String item(String track) {
        return "{\"added_at\":\"2025-06-01T12:00:00Z\",\"added_by\":{\"external_urls\":{\"spotify\":"
                + "\"https://open.spotify.com/user/benchuser\"},\"href\":\"https://api.spotify.com/v1/users/benchuser\","
                + "\"id\":\"benchuser\",\"type\":\"user\",\"uri\":\"spotify:user:benchuser\"},\"is_local\":false,"
                + "\"primary_color\":null,\"track\":"
                + track
                + ",\"video_thumbnail\":{\"url\":null}}";
    }
}
