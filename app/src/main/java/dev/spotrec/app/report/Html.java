package dev.spotrec.app.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for the page: secrets redacted first, then HTML-escaped. Every string that reaches the page
 * passes through {@link #text}, so neither markup nor a credential that slipped into a dataset
 * name, a URL or a setting can end up in the report.
 */
final class Html {
    /**
     * key=value credentials in URLs, settings and JSON-ish text; the key must start a word, so a
     * setting such as {@code title.perToken} is not taken for a token.
     */
    private static final Pattern KEY_VALUE =
            Pattern.compile(
                    "(?i)(?<![a-z0-9])((?:password|passwd|pwd|secret|client_secret|token|access_token"
                            + "|refresh_token|api_key|apikey|code|authorization)"
                            + "\"?\\s*[=:]\\s*\"?)([^&\\s,;\"']+)");

    /** user:password@host in URLs. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)([^@/\\s]+)(@)");

    /** HTTP authorization schemes followed by a credential. */
    private static final Pattern SCHEME =
            Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+");

    private Html() {}

    /** Redacts credentials, then escapes {@code & < > " '}; null becomes the empty string. */
    static String text(String raw) {
        return escape(redact(raw));
    }

    /** Replaces credentials in {@code raw} by {@code [hidden]}; null becomes the empty string. */
    static String redact(String raw) {
        if (raw == null) {
            return "";
        }
        String s = SCHEME.matcher(raw).replaceAll("$1 [hidden]");
        s = USER_INFO.matcher(s).replaceAll("$1[hidden]$3");
        Matcher m = KEY_VALUE.matcher(s);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)) + "[hidden]");
    }

    /** Escapes the five HTML-significant characters. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A number with {@code digits} decimals, or an en dash for NaN. */
    static String num(double v, int digits) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    /** A whole number with thousands separators. */
    static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** A share in 0..1 as a percentage with one decimal. */
    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
