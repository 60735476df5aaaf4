package dev.spotrec.spotify.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@code available_markets}, which repeats about 180 two-letter codes in every track and
 * album.
 *
 * <p>Design: two flyweights. Each code is looked up in a table of the 676 upper-case pairs straight
 * from the parser's character buffer, so no string is created. And whole lists repeat (an album's
 * tracks, a label's catalog share one list), so the reader compares the codes as they stream in
 * against a recently seen immutable list chosen by the first code (64 slots); if every code matches
 * it returns that list and allocates nothing. On the first difference it copies the matched prefix
 * and continues into a new list, which then takes the slot. O(n) per list either way.
 */
final class MarketsDeserializer extends ValueDeserializer<List<String>> {

    private static final String[] CODES = new String[26 * 26];
    private static final AtomicReferenceArray<List<String>> RECENT = new AtomicReferenceArray<>(64);

    static {
        for (int i = 0; i < CODES.length; i++) {
            CODES[i] = new String(new char[] {(char) ('A' + i / 26), (char) ('A' + i % 26)});
        }
    }

    @Override
    public List<String> deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.isExpectedStartArrayToken()) {
            return context.reportInputMismatch(
                    this, "expected an array of market codes, got %s", parser.currentToken());
        }
        List<String> candidate = null;
        List<String> built = null;
        int n = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            String code =
                    token == JsonToken.VALUE_STRING ? code(parser) : parser.getValueAsString();
            if (n == 0) {
                candidate = RECENT.get(slot(code));
            }
            if (built == null
                    && candidate != null
                    && n < candidate.size()
                    && candidate.get(n) == code) {
                n++;
                continue;
            }
            if (built == null) {
                built = new ArrayList<>(Math.max(16, candidate == null ? 16 : candidate.size()));
                if (candidate != null) {
                    built.addAll(candidate.subList(0, n));
                }
            }
            built.add(code);
            n++;
        }
        if (built == null) {
            if (n == 0) {
                return List.of();
            }
            if (n == candidate.size()) {
                return candidate;
            }
            built = new ArrayList<>(candidate.subList(0, n));
        }
        List<String> frozen = List.copyOf(built);
        RECENT.set(slot(frozen.get(0)), frozen);
        return frozen;
    }

    private static int slot(String first) {
        return (first.hashCode() & 0x7fffffff) % 64;
    }

    private static String code(JsonParser parser) {
        if (parser.getStringLength() == 2) {
            char[] chars = parser.getStringCharacters();
            int at = parser.getStringOffset();
            int a = chars[at] - 'A';
            int b = chars[at + 1] - 'A';
            if (a >= 0 && a < 26 && b >= 0 && b < 26) {
                return CODES[a * 26 + b];
            }
        }
        return parser.getString();
    }
}
