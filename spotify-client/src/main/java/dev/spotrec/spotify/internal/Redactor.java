package dev.spotrec.spotify.internal;

import java.net.URI;
import java.util.Set;

/**
 * Masks secrets in URLs and text before they reach events, logs or exception messages. Tokens and
 * client secrets travel only in headers and form bodies, which are never logged; this catches the
 * authorization code and state of a redirect URL and anything passed by mistake in a query.
 */
public final class Redactor {

    private static final Set<String> SECRET_PARAMS =
            Set.of(
                    "code",
                    "state",
                    "access_token",
                    "refresh_token",
                    "client_secret",
                    "code_verifier",
                    "token",
                    "password");

    private Redactor() {}

    /** {@return {@code uri} as text with secret query values replaced by {@code ***}} */
    public static String url(URI uri) {
        String raw = uri.toString();
        int q = raw.indexOf('?');
        if (q < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, q + 1);
        String[] pairs = raw.substring(q + 1).split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0) {
                out.append('&');
            }
            String pair = pairs[i];
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            out.append(eq >= 0 && SECRET_PARAMS.contains(name) ? name + "=***" : pair);
        }
        return out.toString();
    }

    /**
     * {@return {@code text} with every occurrence of each non-blank secret replaced by {@code ***}}
     */
    public static String scrub(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }
}
