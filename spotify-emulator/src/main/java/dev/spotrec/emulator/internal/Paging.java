package dev.spotrec.emulator.internal;

import java.util.List;

/**
 * Spotify's paging objects around precomputed item bytes: offset paging ({@code href, items, limit,
 * next, offset, previous, total}) and cursor paging ({@code href, items, limit, next, cursors,
 * total}). {@code next} and {@code previous} are absolute links back to the emulator.
 */
final class Paging {
    private Paging() {}

    /**
     * An offset page. {@code extraQuery} (without a leading {@code &}) is kept in every link; items
     * past {@code cap} are never offered (the search offset cap), so {@code next} ends there.
     */
    static byte[] offsetPage(
            String path,
            String extraQuery,
            int offset,
            int limit,
            int total,
            List<byte[]> items,
            int cap) {
        int size = 160 + path.length() * 3;
        for (byte[] b : items) {
            size += b.length + 1;
        }
        JsonOut o = new JsonOut(size);
        o.raw("{\"href\":").str(link(path, extraQuery, offset, limit)).raw(",\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                o.raw(",");
            }
            byte[] item = items.get(i);
            o.raw(item == null ? NULL : item);
        }
        int end = Math.min(total, cap);
        o.raw("],\"limit\":")
                .num(limit)
                .raw(",\"next\":")
                .str(offset + limit < end ? link(path, extraQuery, offset + limit, limit) : null)
                .raw(",\"offset\":")
                .num(offset)
                .raw(",\"previous\":")
                .str(offset > 0 ? link(path, extraQuery, Math.max(0, offset - limit), limit) : null)
                .raw(",\"total\":")
                .num(total)
                .raw("}");
        return o.toBytes();
    }

    static byte[] offsetPage(
            String path, String extraQuery, int offset, int limit, int total, List<byte[]> items) {
        return offsetPage(path, extraQuery, offset, limit, total, items, Integer.MAX_VALUE);
    }

    /** A cursor page; {@code after} is the cursor of the next page or null on the last. */
    static byte[] cursorPage(
            String path,
            String extraQuery,
            int limit,
            int total,
            List<byte[]> items,
            String after) {
        JsonOut o = new JsonOut(256 + items.stream().mapToInt(b -> b.length + 1).sum());
        String prefix = path + "?" + (extraQuery.isEmpty() ? "" : extraQuery + "&");
        o.raw("{\"href\":").str(prefix + "limit=" + limit).raw(",\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            o.raw(i == 0 ? "" : ",").raw(items.get(i));
        }
        o.raw("],\"limit\":")
                .num(limit)
                .raw(",\"next\":")
                .str(after == null ? null : prefix + "after=" + after + "&limit=" + limit)
                .raw(",\"cursors\":{\"after\":")
                .str(after)
                .raw("},\"total\":")
                .num(total)
                .raw("}");
        return o.toBytes();
    }

    /** Wraps a page as {@code {"key":page}}. */
    static byte[] wrap(String key, byte[] page) {
        return new JsonOut(page.length + key.length() + 8)
                .raw("{")
                .name(key)
                .raw(page)
                .raw("}")
                .toBytes();
    }

    /** {@code {"key":[items...]}} with JSON null for missing items; one exact-size allocation. */
    static byte[] array(String key, List<byte[]> items) {
        int size = key.length() + 7 + Math.max(0, items.size() - 1);
        for (byte[] b : items) {
            size += b == null ? NULL.length : b.length;
        }
        JsonOut o = new JsonOut(size);
        o.raw("{").name(key).raw("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                o.raw(",");
            }
            byte[] b = items.get(i);
            o.raw(b == null ? NULL : b);
        }
        return o.raw("]}").toBytes();
    }

    private static final byte[] COMMA = {','};
    private static final byte[] CLOSE = {']', '}'};

    /**
     * {@code {"key":[items...]}} as parts (header, items, commas, footer) for {@link
     * Reply#catalogParts}.
     */
    static List<byte[]> arrayParts(String key, List<byte[]> items) {
        List<byte[]> parts = new java.util.ArrayList<>(items.size() * 2 + 1);
        parts.add(new JsonOut(key.length() + 6).raw("{").name(key).raw("[").toBytes());
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                parts.add(COMMA);
            }
            byte[] b = items.get(i);
            parts.add(b == null ? NULL : b);
        }
        parts.add(CLOSE);
        return parts;
    }

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private static String link(String path, String extraQuery, int offset, int limit) {
        return path
                + "?"
                + (extraQuery.isEmpty() ? "" : extraQuery + "&")
                + "offset="
                + offset
                + "&limit="
                + limit;
    }
}
