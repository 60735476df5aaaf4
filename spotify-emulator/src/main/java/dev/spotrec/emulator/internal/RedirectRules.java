package dev.spotrec.emulator.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spotify's 2026 redirect URI rules: https, or plain http only on the loopback addresses {@code
 * 127.0.0.1} and {@code [::1]} with any port. {@code localhost} is refused. Public only so that
 * {@code ClientApp} can validate its patterns; not part of the API.
 */
public final class RedirectRules {
    private RedirectRules() {}

    /** Null when {@code uri} obeys the rules, otherwise what is wrong with it. */
    public static String problem(String uri) {
        URI u;
        try {
            u = new URI(uri);
        } catch (URISyntaxException | NullPointerException e) {
            return "is not a valid URI";
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        if (u.getFragment() != null) {
            return "must not have a fragment";
        }
        if (host.equals("localhost")) {
            return "uses localhost, which Spotify refuses: use http://127.0.0.1:PORT or"
                    + " http://[::1]:PORT";
        }
        if (scheme.equals("https") && !host.isEmpty()) {
            return null;
        }
        if (scheme.equals("http") && (host.equals("127.0.0.1") || host.equals("[::1]"))) {
            return null;
        }
        return "must be https, or http on the loopback address 127.0.0.1 or [::1]";
    }

    /** Whether {@code value} matches {@code glob}, where {@code *} matches any characters. */
    public static boolean globMatches(String glob, String value) {
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.matches(regex.toString(), value);
    }
}
