package dev.spotrec.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where spotrec keeps its Spotify settings: {@code $XDG_CONFIG_HOME/spotrec/} or {@code
 * ~/.config/spotrec/}. The app's client id and secret come from {@code SPOTIFY_CLIENT_ID} and
 * {@code SPOTIFY_CLIENT_SECRET}, or else from {@code config.properties} there (keys {@code
 * client_id}, {@code client_secret}, {@code api_url}, {@code accounts_url}). A config file that
 * holds a secret and that other users can read is refused. Values are never printed.
 */
final class SpotifyConfig {
    static final String CLIENT_ID = "SPOTIFY_CLIENT_ID";
    static final String CLIENT_SECRET = "SPOTIFY_CLIENT_SECRET";
    static final String PUBLIC_API = "https://api.spotify.com/v1";
    static final String PUBLIC_ACCOUNTS = "https://accounts.spotify.com";

    private static final Map<String, String> FILE_KEYS =
            Map.of(CLIENT_ID, "client_id", CLIENT_SECRET, "client_secret");

    private SpotifyConfig() {}

    /** The directory of the token and config files. */
    static Path dir(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base =
                xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("spotrec");
    }

    /** The token file {@code spotrec login} writes (mode 0600). */
    static Path tokenFile(Map<String, String> env) {
        return dir(env).resolve("token.json");
    }

    /** The optional settings file. */
    static Path configFile(Map<String, String> env) {
        return dir(env).resolve("config.properties");
    }

    /**
     * A setting: the environment variable {@code name}, else its key in the config file, else null.
     *
     * @throws IllegalArgumentException when the config file holds a secret and is readable by
     *     others
     */
    static String env(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v != null && !v.isBlank()) {
            return v.strip();
        }
        String key = FILE_KEYS.get(name);
        return key == null ? null : file(env, key);
    }

    /** The API base: the option when given, else {@code api_url} from the config file. */
    static String apiUrl(Map<String, String> env, String option) {
        return option.equals(PUBLIC_API) ? orDefault(file(env, "api_url"), option) : option;
    }

    /** The Accounts base: the option when given, else {@code accounts_url} from the file. */
    static String accountsUrl(Map<String, String> env, String option) {
        return option.equals(PUBLIC_ACCOUNTS)
                ? orDefault(file(env, "accounts_url"), option)
                : option;
    }

    private static String orDefault(String v, String dflt) {
        return v == null ? dflt : v;
    }

    /** One key of the config file, or null; checks the file's permissions first. */
    static String file(Map<String, String> env, String key) {
        Path file = configFile(env);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (p.getProperty("client_secret") != null && readableByOthers(file)) {
            throw new IllegalArgumentException(
                    file
                            + " holds client_secret but other users can read it; run 'chmod 600 "
                            + file
                            + "' (or set SPOTIFY_CLIENT_SECRET instead)");
        }
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ)
                    || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + file + ": " + e.getMessage(), e);
        }
    }
}
