package dev.spotrec.app;

import dev.spotrec.datasets.WorldStats;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec world stats}: the world's ground-truth counts, as a table on stderr or, with
 * {@code --json}, one JSON document on stdout.
 */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description =
                "Print a world's counts: users, artists, albums, tracks, playlists, playlist items, follows.")
final class WorldStatsCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--world",
            paramLabel = "SPEC",
            required = true,
            description = "synthetic:KEY=VALUE,..., spotify-csv:PATH, mpd:DIR or hetrec:DIR.")
    String world;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        WorldStats s = WorldSpecs.load(world).stats();
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(
                    "{\"users\":"
                            + s.users()
                            + ",\"artists\":"
                            + s.artists()
                            + ",\"albums\":"
                            + s.albums()
                            + ",\"tracks\":"
                            + s.tracks()
                            + ",\"playlists\":"
                            + s.playlists()
                            + ",\"playlist_items\":"
                            + s.playlistItems()
                            + ",\"follows\":"
                            + s.follows()
                            + "}");
            out.flush();
        } else {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("%-16s %,14d%n", "users", s.users());
            err.printf("%-16s %,14d%n", "artists", s.artists());
            err.printf("%-16s %,14d%n", "albums", s.albums());
            err.printf("%-16s %,14d%n", "tracks", s.tracks());
            err.printf("%-16s %,14d%n", "playlists", s.playlists());
            err.printf("%-16s %,14d%n", "playlist items", s.playlistItems());
            err.printf("%-16s %,14d%n", "follows", s.follows());
            err.flush();
        }
        return Main.OK;
    }
}
