package dev.spotrec.emulator;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import java.io.File;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** Shared test data: the world, a user with playlists, the OpenAPI description. */
final class Fixtures {
    static final Set<String> ALL_SCOPES =
            Set.of(
                    "user-read-private",
                    "user-read-email",
                    "user-top-read",
                    "user-library-read",
                    "user-library-modify",
                    "user-follow-read",
                    "user-follow-modify",
                    "playlist-read-private",
                    "playlist-read-collaborative",
                    "playlist-modify-public",
                    "playlist-modify-private");

    private Fixtures() {}

    /** A user who owns at least one public playlist. */
    static String owner(World w) {
        return w.playlists().stream()
                .filter(Playlist::isPublic)
                .findFirst()
                .orElseThrow()
                .ownerId();
    }

    static Playlist ownedPlaylist(World w, String user) {
        return w.playlistsOwnedBy(user).stream()
                .filter(Playlist::isPublic)
                .findFirst()
                .orElseThrow();
    }

    /** A public playlist someone else owns. */
    static Playlist othersPlaylist(World w, String user) {
        return w.playlists().stream()
                .filter(p -> !p.ownerId().equals(user) && p.isPublic() && !p.collaborative())
                .findFirst()
                .orElseThrow();
    }

    static Track track(World w, int i) {
        return w.tracks().get(i);
    }

    /** The OpenAPI description under ../shared, or a skipped test when it is absent. */
    static File openApi() {
        String dir = System.getProperty("spotrec.shared.dir", "../../shared");
        File f = new File(dir, "spotify/openapi/fixed-spotify-open-api.yml");
        Assumptions.assumeTrue(
                f.isFile(),
                "skipped: the OpenAPI description " + f + " is absent (needs ../shared)");
        return f;
    }
}
