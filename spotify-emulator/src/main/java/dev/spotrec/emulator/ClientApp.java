package dev.spotrec.emulator;

import dev.spotrec.emulator.internal.RedirectRules;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A registered Spotify app: its client id and secret, its redirect URI patterns and whether its
 * owner has Premium (development mode since 11 Feb 2026 refuses every call of an app whose owner
 * has not).
 *
 * <p>A redirect pattern is an exact URI in which {@code *} matches any characters, e.g. {@code
 * http://127.0.0.1:*} (any port, any path). Patterns obey the 2026 rules: https, or loopback {@code
 * http://127.0.0.1} or {@code http://[::1]}; {@code localhost} is refused.
 *
 * @param id the client id
 * @param secret the client secret; never printed by {@link #toString()}
 * @param redirectPatterns allowed redirect URI patterns, at least one
 * @param ownerPremium whether the app owner has Spotify Premium
 */
public record ClientApp(
        String id, String secret, List<String> redirectPatterns, boolean ownerPremium) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The loopback patterns every client accepts unless told otherwise. */
    public static final List<String> LOOPBACK = List.of("http://127.0.0.1:*", "http://[::1]:*");

    /** The demo client {@code demo-client:demo-secret}, with the loopback redirect patterns. */
    public static final ClientApp DEMO =
            new ClientApp("demo-client", "demo-secret", LOOPBACK, true);

    /** Validates and copies the arguments. */
    public ClientApp {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "client id must be 1-64 characters of [A-Za-z0-9._-], got '" + id + "'");
        }
        if (secret == null || secret.isBlank() || secret.contains(":")) {
            throw new IllegalArgumentException(
                    "client secret of '" + id + "' must be non-blank and contain no ':'");
        }
        if (redirectPatterns == null || redirectPatterns.isEmpty()) {
            throw new IllegalArgumentException(
                    "client '" + id + "' needs at least one redirect URI pattern");
        }
        redirectPatterns = List.copyOf(redirectPatterns);
        for (String p : redirectPatterns) {
            String problem = RedirectRules.problem(p.replace("*", "0"));
            if (problem != null) {
                throw new IllegalArgumentException(
                        "client '" + id + "': redirect pattern '" + p + "' " + problem);
            }
        }
    }

    /**
     * Parses {@code ID:SECRET} (the {@code --client} option), giving the loopback patterns and a
     * Premium owner.
     *
     * @throws IllegalArgumentException naming the input without echoing the secret
     */
    public static ClientApp parse(String idColonSecret) {
        int colon = idColonSecret == null ? -1 : idColonSecret.indexOf(':');
        if (colon <= 0 || colon == idColonSecret.length() - 1) {
            throw new IllegalArgumentException(
                    "client must be ID:SECRET, e.g. my-app:my-secret; got "
                            + (idColonSecret == null ? "nothing" : "a value without both parts"));
        }
        return new ClientApp(
                idColonSecret.substring(0, colon),
                idColonSecret.substring(colon + 1),
                LOOPBACK,
                true);
    }

    /** This client with other redirect patterns. */
    public ClientApp withRedirectPatterns(List<String> patterns) {
        return new ClientApp(id, secret, patterns, ownerPremium);
    }

    /** This client with the owner's Premium status set. */
    public ClientApp withOwnerPremium(boolean premium) {
        return new ClientApp(id, secret, redirectPatterns, premium);
    }

    /** Whether {@code uri} matches one of the patterns exactly ({@code *} = any characters). */
    public boolean allowsRedirect(String uri) {
        for (String p : redirectPatterns) {
            if (RedirectRules.globMatches(p, uri)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ClientApp[id="
                + id
                + ", secret=***, redirectPatterns="
                + redirectPatterns
                + ", ownerPremium="
                + ownerPremium
                + "]";
    }
}
