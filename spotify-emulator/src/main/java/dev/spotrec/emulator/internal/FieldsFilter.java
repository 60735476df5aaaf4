package dev.spotrec.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spotify's {@code fields} filter for playlists: a comma-separated list of field names, where
 * {@code a.b} selects {@code b} inside {@code a}, {@code a(b,c)} selects several fields inside
 * {@code a} (applied to each element of an array), and {@code !a} excludes a field. Examples:
 * {@code items(track(id,name,artists(id,name)))}, {@code tracks.items(added_at,added_by.id)},
 * {@code items.track.album(!external_urls,images)}.
 *
 * <p>Parsed once into a tree by recursive descent (O(length)); applied in one walk over the
 * response tree (O(size of the selected part)).
 */
final class FieldsFilter {
    /** Selected children by name; an empty map selects the whole value. */
    private final Map<String, FieldsFilter> children = new LinkedHashMap<>();

    private final Map<String, Boolean> excluded = new LinkedHashMap<>();

    private FieldsFilter() {}

    /**
     * Parses a filter.
     *
     * @throws ApiError 400 for an unbalanced or empty expression
     */
    static FieldsFilter parse(String spec) {
        int[] pos = {0};
        FieldsFilter f = new FieldsFilter();
        f.parseList(spec, pos);
        if (pos[0] != spec.length()) {
            throw ApiError.badRequest("Invalid fields: unexpected '" + spec.charAt(pos[0]) + "'");
        }
        return f;
    }

    private void parseList(String s, int[] pos) {
        do {
            parseEntry(s, pos);
        } while (pos[0] < s.length() && s.charAt(pos[0]) == ',' && ++pos[0] > 0);
    }

    private void parseEntry(String s, int[] pos) {
        boolean exclude = pos[0] < s.length() && s.charAt(pos[0]) == '!';
        if (exclude) {
            pos[0]++;
        }
        int start = pos[0];
        while (pos[0] < s.length() && ",.()".indexOf(s.charAt(pos[0])) < 0) {
            pos[0]++;
        }
        String name = s.substring(start, pos[0]).strip();
        if (name.isEmpty()) {
            throw ApiError.badRequest("Invalid fields: empty field name at " + start);
        }
        if (exclude) {
            excluded.put(name, true);
            return;
        }
        FieldsFilter child = children.computeIfAbsent(name, k -> new FieldsFilter());
        if (pos[0] < s.length() && s.charAt(pos[0]) == '.') {
            pos[0]++;
            child.parseEntry(s, pos);
        } else if (pos[0] < s.length() && s.charAt(pos[0]) == '(') {
            pos[0]++;
            child.parseList(s, pos);
            if (pos[0] >= s.length() || s.charAt(pos[0]) != ')') {
                throw ApiError.badRequest("Invalid fields: missing ')'");
            }
            pos[0]++;
        }
    }

    /** The filtered copy of {@code node}. */
    JsonNode apply(JsonNode node) {
        if (children.isEmpty() && excluded.isEmpty()) {
            return node;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = array.arrayNode();
            array.forEach(e -> out.add(apply(e)));
            return out;
        }
        if (!(node instanceof ObjectNode obj)) {
            return node;
        }
        ObjectNode out = obj.objectNode();
        if (children.isEmpty()) {
            obj.properties()
                    .forEach(
                            e -> {
                                if (!excluded.containsKey(e.getKey())) {
                                    out.set(e.getKey(), e.getValue());
                                }
                            });
            return out;
        }
        children.forEach(
                (name, child) -> {
                    JsonNode v = obj.get(name);
                    if (v != null) {
                        out.set(name, child.apply(v));
                    }
                });
        return out;
    }
}
