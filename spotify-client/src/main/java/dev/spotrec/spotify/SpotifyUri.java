package dev.spotrec.spotify;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A validated reference to a Spotify object, parsed from any of the forms users paste: a bare
 * base62 id, a URI ({@code spotify:track:ID}, also the legacy {@code
 * spotify:user:NAME:playlist:ID}), or an {@code open.spotify.com} URL (with or without an {@code
 * /intl-xx/} segment or {@code ?si=} parameter). Bad input raises {@link IllegalArgumentException}
 * quoting it.
 *
 * @param type the object's type
 * @param id its id: 22 base62 characters, or any non-empty name for a user
 */
public record SpotifyUri(SpotifyType type, String id) {

    private static final String URL_FORMS = "spotify:TYPE:ID or https://open.spotify.com/TYPE/ID";

    /** Validates the id for its type. */
    public SpotifyUri {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type == SpotifyType.USER ? id.isBlank() : !isBase62Id(id)) {
            throw new IllegalArgumentException(
                    "not a valid Spotify "
                            + type.key()
                            + " id: \""
                            + id
                            + "\" (expected "
                            + (type == SpotifyType.USER
                                    ? "a non-empty user name"
                                    : "22 base62 characters")
                            + ")");
        }
    }

    /**
     * Parses a URI or an open.spotify.com URL.
     *
     * @param input the text, e.g. {@code spotify:track:4uLU6hMCjMI75M1A2tKUQC}
     * @return the reference
     * @throws IllegalArgumentException naming the input when it is neither
     */
    public static SpotifyUri parse(String input) {
        SpotifyUri uri = tryParse(input);
        if (uri == null) {
            throw new IllegalArgumentException(
                    "not a Spotify URI or URL: \"" + input + "\" (expected " + URL_FORMS + ")");
        }
        return uri;
    }

    /**
     * Returns the id of an object of the {@code expected} type given as a bare id, URI or URL.
     *
     * @param input the text the user gave
     * @param expected the type the caller needs
     * @return the id
     * @throws IllegalArgumentException naming the input when it is malformed or of another type
     */
    public static String id(String input, SpotifyType expected) {
        if (input == null) {
            throw new IllegalArgumentException(
                    "a Spotify " + expected.key() + " id is required, got null");
        }
        if (expected == SpotifyType.USER ? isUserName(input) : isBase62Id(input)) {
            return input;
        }
        SpotifyUri uri = tryParse(input);
        if (uri == null) {
            throw new IllegalArgumentException(
                    "not a Spotify "
                            + expected.key()
                            + " id, URI or URL: \""
                            + input
                            + "\" (expected "
                            + (expected == SpotifyType.USER
                                    ? "a user name"
                                    : "22 base62 characters")
                            + ", "
                            + URL_FORMS.replace("TYPE", expected.key())
                            + ")");
        }
        if (uri.type() != expected) {
            throw new IllegalArgumentException(
                    "\""
                            + input
                            + "\" refers to a "
                            + uri.type().key()
                            + ", but a "
                            + expected.key()
                            + " is needed here");
        }
        return uri.id();
    }

    /** {@return the URI form, e.g. {@code spotify:track:ID}} */
    @Override
    public String toString() {
        return "spotify:" + type.key() + ":" + id;
    }

    /** {@return the open.spotify.com URL of the object} */
    public String url() {
        return "https://open.spotify.com/" + type.key() + "/" + id;
    }

    static boolean isBase62Id(String s) {
        if (s.length() != 22) {
            return false;
        }
        for (int i = 0; i < 22; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUserName(String s) {
        return !s.isBlank() && s.indexOf(':') < 0 && s.indexOf('/') < 0 && s.indexOf(' ') < 0;
    }

    private static SpotifyUri tryParse(String input) {
        if (input == null) {
            return null;
        }
        String s = input.strip();
        if (s.startsWith("spotify:")) {
            return fromSegments(s.substring("spotify:".length()).split(":", -1));
        }
        String withoutScheme = stripPrefix(s, "https://", "http://");
        String rest =
                stripPrefix(
                        withoutScheme == null ? s : withoutScheme,
                        "open.spotify.com/",
                        "play.spotify.com/");
        if (rest == null) {
            return null;
        }
        int cut = indexOfAny(rest, '?', '#');
        String path = cut < 0 ? rest : rest.substring(0, cut);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String[] segments = path.split("/", -1);
        int from = 0;
        while (from < segments.length
                && (segments[from].startsWith("intl-") || segments[from].equals("embed"))) {
            from++;
        }
        String[] tail = java.util.Arrays.copyOfRange(segments, from, segments.length);
        return fromSegments(tail);
    }

    private static SpotifyUri fromSegments(String[] segments) {
        // Legacy form user/NAME/playlist/ID: the object is the last type/id pair.
        if (segments.length == 4 && segments[0].equals("user") && segments[2].equals("playlist")) {
            segments = new String[] {segments[2], segments[3]};
        }
        if (segments.length != 2) {
            return null;
        }
        SpotifyType type = SpotifyType.ofKey(segments[0]);
        if (type == null) {
            return null;
        }
        String id = segments[1];
        if (type == SpotifyType.USER) {
            try {
                id = URLDecoder.decode(id, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformedEscape) {
                return null;
            }
        }
        boolean valid = type == SpotifyType.USER ? !id.isBlank() : isBase62Id(id);
        return valid ? new SpotifyUri(type, id) : null;
    }

    private static String stripPrefix(String s, String a, String b) {
        if (s == null) {
            return null;
        }
        if (s.startsWith(a)) {
            return s.substring(a.length());
        }
        if (s.startsWith(b)) {
            return s.substring(b.length());
        }
        return null;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
