package dev.spotrec.datasets;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises versions of one song ("- Remastered 2011", "(Live)", "- X Remix", "(Sped Up)",
 * "(Acoustic)", "- Radio Edit", "(feat. Y)") from titles, as Spotify names them. Two tracks are the
 * same song when their base titles match case-insensitively and they share the primary artist. The
 * recommender uses this to keep the version-leak rate at zero.
 *
 * <p>Design: one anchored regular expression for a trailing version marker, removed repeatedly
 * until the title stops changing ("Song (Live) - Remastered 2011" loses both); O(title length).
 */
public final class SongVersions {
    private static final String KEYWORD =
            "(?:(?:\\d{4}\\s+)?remaster(?:ed)?(?:\\s+\\d{4})?"
                    + "(?:\\s+version)?|live(?:\\s+(?:at|from|in|on)\\b.*)?|.*\\bremix|.*\\bmix|sped\\s*up"
                    + "|slowed(?:\\s*(?:\\+|&|and)\\s*reverb)?|acoustic(?:\\s+version)?|radio\\s+edit"
                    + "|.*\\bversion|.*\\bedit|demo|mono|stereo)";
    private static final Pattern SUFFIX =
            Pattern.compile(
                    "(?i)\\s*(?:\\s-\\s*"
                            + KEYWORD
                            + "|[(\\[](?:"
                            + KEYWORD
                            + "|feat\\..*|ft\\..*|with\\s.*)[)\\]])\\s*$");

    private SongVersions() {}

    /** The title without trailing version markers, e.g. "Jump" for "Jump - 2015 Remaster". */
    public static String baseTitle(String title) {
        String current = title.strip();
        while (true) {
            Matcher m = SUFFIX.matcher(current);
            if (!m.find() || m.start() == 0) {
                return current;
            }
            current = current.substring(0, m.start()).strip();
        }
    }

    /** Whether the title carries a version marker. */
    public static boolean isVersionTitle(String title) {
        return !baseTitle(title).equals(title.strip());
    }

    /** A key equal for all versions of one song: lower-case base title and primary artist. */
    public static String songKey(Track track) {
        return baseTitle(track.name()).toLowerCase(Locale.ROOT)
                + '\u0000'
                + track.primaryArtistId();
    }

    /** Whether two tracks are versions of the same song (or the same track). */
    public static boolean sameSong(Track a, Track b) {
        return songKey(a).equals(songKey(b));
    }
}
