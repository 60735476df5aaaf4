package dev.spotrec.spotify.testing;

import java.util.List;
import java.util.stream.Collectors;

/** Generates Spotify-shaped JSON for fake ids, so tests can check what the client parsed. */
public final class Catalog {

    private static final String ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Catalog() {}

    /** {@return a valid, deterministic 22-character base62 id for {@code n}} @param n any number */
    public static String id(long n) {
        char[] out = new char[22];
        long v = n;
        for (int i = 21; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) Math.floorMod(v, 62));
            v = Math.floorDiv(v, 62);
        }
        return new String(out);
    }

    /** {@return a track object whose name is {@code "Track " + id}} @param id the id */
    public static String track(String id) {
        return "{\"id\":\""
                + id
                + "\",\"name\":\"Track "
                + id
                + "\",\"type\":\"track\",\"uri\":\"spotify:track:"
                + id
                + "\",\"duration_ms\":200000,\"artists\":[{\"id\":\""
                + id(7)
                + "\",\"name\":\"Artist\","
                + "\"type\":\"artist\"}],\"album\":{\"id\":\""
                + id(9)
                + "\",\"name\":\"Album\",\"type\":\"album\"}}";
    }

    /** {@return a batch reply, with {@code null} for ids the predicate calls unknown} */
    public static String tracks(List<String> ids, java.util.function.Predicate<String> known) {
        return "{\"tracks\":["
                + ids.stream()
                        .map(id -> known.test(id) ? track(id) : "null")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    /** {@return a page of playlist items in the 2026 shape} */
    public static String itemsPage(String base, String path, int offset, int limit, int total) {
        StringBuilder items = new StringBuilder();
        for (int i = offset; i < Math.min(total, offset + limit); i++) {
            if (items.length() > 0) {
                items.append(',');
            }
            items.append("{\"added_at\":\"2026-01-01T00:00:00Z\",\"is_local\":false,\"item\":")
                    .append(track(id(i)))
                    .append('}');
        }
        return page(base, path, items.toString(), offset, limit, total);
    }

    /** {@return an offset page wrapping already-serialised items} */
    public static String page(
            String base, String path, String items, int offset, int limit, int total) {
        String next =
                offset + limit < total
                        ? "\""
                                + base
                                + path
                                + "?offset="
                                + (offset + limit)
                                + "&limit="
                                + limit
                                + "\""
                        : "null";
        return "{\"href\":\""
                + base
                + path
                + "?offset="
                + offset
                + "&limit="
                + limit
                + "\",\"items\":["
                + items
                + "],\"limit\":"
                + limit
                + ",\"next\":"
                + next
                + ",\"offset\":"
                + offset
                + ",\"previous\":null,"
                + "\"total\":"
                + total
                + "}";
    }
}
