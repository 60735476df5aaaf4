package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.TrainingData;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which items are versions of the same song, for de-duplication.
 *
 * <p>Design: a title is normalised by dropping version markers (" - Remastered 2011", "(Live at
 * ...)", "(feat. ...)", "Remix", "Sped Up", "Radio Edit", "Acoustic", "Instrumental", ...) found in
 * brackets or after a spaced dash, then folding case, accents and punctuation. Two items are the
 * same song when they share primary artist and normalised title, or share an ISRC. Both relations
 * are merged with union-find, so "A (Remix)" by X and an ISRC twin of "A" by X all land in one
 * song. O(items) expected time with hash maps; run once per fit.
 */
public final class VersionKeys {

    private static final String MARKERS =
            "remaster|remastered|live|remix|rmx|mix|edit|version|sped up|speed up"
                    + "|slowed|reverb|nightcore|acoustic|instrumental|demo|mono|stereo|karaoke|unplugged|rework|bootleg"
                    + "|extended|radio|re-recorded|rerecorded|deluxe|anniversary|bonus track|vip|dub|session|take"
                    + "|feat|ft|featuring|with |mixed|original|clean|explicit|single|from .*soundtrack";
    private static final Pattern MARKER =
            Pattern.compile("\\b(" + MARKERS + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("[(\\[{]([^)\\]}]*)[)\\]}]");
    private static final Pattern DASH = Pattern.compile("\\s[-\u2013\u2014]\\s");
    private static final Pattern FEAT =
            Pattern.compile("\\s(feat\\.?|ft\\.|featuring)\\s.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_VERSION =
            Pattern.compile(
                    "\\s(remix|sped up|slowed( \\+ reverb| and reverb)?|acoustic|instrumental|radio edit|live|remastered)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VersionKeys() {}

    /**
     * Returns the normalised title: the song's name without version markers, lower case, no
     * punctuation.
     */
    public static String normalizeTitle(String title) {
        if (title == null) {
            return "";
        }
        String t = title;
        var m = BRACKETED.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    sb,
                    MARKER.matcher(m.group(1)).find() ? " " : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(sb);
        t = sb.toString();
        var dash = DASH.matcher(t);
        if (dash.find() && dash.start() > 0 && MARKER.matcher(t.substring(dash.end())).find()) {
            t = t.substring(0, dash.start());
        }
        t = FEAT.matcher(t).replaceAll("");
        t = Normalizer.normalize(t, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
        t = NON_WORD.matcher(t).replaceAll(" ").trim();
        String before;
        do {
            before = t;
            t = TRAILING_VERSION.matcher(t).replaceAll("").trim();
        } while (!t.equals(before) && !t.isEmpty());
        return t.isEmpty()
                ? NON_WORD.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ").trim()
                : t;
    }

    /**
     * Returns a song id per item: equal ids mean versions of the same song. Items with neither
     * title nor ISRC are songs of their own.
     */
    public static int[] songIds(TrainingData data) {
        int n = data.items().size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byTitle = new HashMap<>();
        Map<String, Integer> byIsrc = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String title = data.itemTitle(i);
            if (title != null && !title.isBlank()) {
                String key = data.itemArtist(i) + "\u0000" + normalizeTitle(title);
                union(parent, i, byTitle.computeIfAbsent(key, k -> -1), byTitle, key);
            }
            String isrc = data.itemIsrc(i);
            if (isrc != null) {
                union(parent, i, byIsrc.computeIfAbsent(isrc, k -> -1), byIsrc, isrc);
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static void union(
            int[] parent, int item, int first, Map<String, Integer> map, String key) {
        if (first < 0) {
            map.put(key, item);
            return;
        }
        int a = find(parent, item);
        int b = find(parent, first);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
