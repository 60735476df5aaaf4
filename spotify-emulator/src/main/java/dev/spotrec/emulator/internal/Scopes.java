package dev.spotrec.emulator.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** Spotify's authorization scopes, and parsing of a space-separated {@code scope} parameter. */
final class Scopes {
    static final Set<String> ALL =
            Set.of(
                    "ugc-image-upload",
                    "user-read-playback-state",
                    "user-modify-playback-state",
                    "user-read-currently-playing",
                    "app-remote-control",
                    "streaming",
                    "playlist-read-private",
                    "playlist-read-collaborative",
                    "playlist-modify-private",
                    "playlist-modify-public",
                    "user-follow-modify",
                    "user-follow-read",
                    "user-read-playback-position",
                    "user-top-read",
                    "user-read-recently-played",
                    "user-library-modify",
                    "user-library-read",
                    "user-read-email",
                    "user-read-private",
                    "user-personalized",
                    "user-soa-link",
                    "user-soa-unlink",
                    "soa-manage-entitlements",
                    "soa-manage-partner",
                    "soa-create-partner");

    private Scopes() {}

    /** The scopes, or null when one is unknown. */
    static Set<String> parse(String value) {
        Set<String> scopes = new LinkedHashSet<>();
        if (value == null) {
            return scopes;
        }
        for (String s : value.split("[ ,+]+")) {
            if (s.isBlank()) {
                continue;
            }
            if (!ALL.contains(s)) {
                return null;
            }
            scopes.add(s);
        }
        return scopes;
    }
}
