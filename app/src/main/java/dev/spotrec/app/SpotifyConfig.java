package dev.spotrec.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where spotrec keeps its Spotify credentials: {@code $XDG_CONFIG_HOME/spotrec/} or {@code
 * ~/.config/spotrec/}, and the app's client id and secret from {@code SPOTIFY_CLIENT_ID} and {@code
 * SPOTIFY_CLIENT_SECRET}.
 */
final class SpotifyConfig {
    static final String CLIENT_ID = "SPOTIFY_CLIENT_ID";
    static final String CLIENT_SECRET = "SPOTIFY_CLIENT_SECRET";

    private SpotifyConfig() {}

    /** The token file {@code spotrec login} writes (mode 0600). */
    static Path tokenFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base =
                xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("spotrec").resolve("token.json");
    }

    static String env(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
