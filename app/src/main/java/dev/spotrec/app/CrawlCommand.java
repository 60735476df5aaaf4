package dev.spotrec.app;

import dev.spotrec.crawler.CrawlException;
import dev.spotrec.crawler.CrawlSummary;
import dev.spotrec.crawler.Crawler;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.TokenStore;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec crawl --warehouse WH [--api-url URL] [--accounts-url URL] [--seed-query Q]...
 * [--max-requests N] [--max-duration D] [--resume] [--json]}.
 */
@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description = {
            "Crawls the Spotify graph into the warehouse, from seed searches through artists,"
                    + " albums, tracks, playlists and their owners.",
            "Credentials: a token saved by 'spotrec login' (then the user's top items, saved"
                    + " tracks and playlists too), or SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET.",
            "Exit 75 when a quota stops it: rerun with --resume after the time it prints."
        })
final class CrawlCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WarehouseOption warehouse;

    @Mixin SpotifyUrlOptions urls;

    @Option(
            names = "--seed-query",
            paramLabel = "Q",
            description = "seed search query (repeatable)")
    List<String> seeds = List.of();

    @Option(names = "--max-requests", paramLabel = "N", description = "stop after N requests")
    Long maxRequests;

    @Option(
            names = "--max-duration",
            paramLabel = "D",
            converter = DurationConverter.class,
            description = "stop after D, e.g. 90s, 15m, 2h")
    Duration maxDuration;

    @Option(names = "--resume", description = "continue the warehouse's unfinished crawl")
    boolean resume;

    @Option(names = "--no-browse", description = "skip new releases and categories")
    boolean noBrowse;

    @Option(names = "--json", description = "print the summary as JSON on stdout")
    boolean json;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (seeds.isEmpty() && !resume && !Files.exists(SpotifyConfig.tokenFile(env))) {
            err.println("spotrec: give at least one --seed-query Q (or --resume)");
            return Main.USAGE;
        }
        SpotifyClient client;
        boolean user;
        try {
            user = Files.exists(SpotifyConfig.tokenFile(env));
            SpotifyAuth auth = auth(user);
            if (auth == null) {
                err.println(
                        "spotrec: no Spotify credentials: set SPOTIFY_CLIENT_ID and"
                                + " SPOTIFY_CLIENT_SECRET, or run 'spotrec login'");
                return Main.USAGE;
            }
            client =
                    SpotifyClient.builder()
                            .auth(auth)
                            .apiBaseUrl(SpotifyConfig.apiUrl(env, urls.apiUrl))
                            .accountsBaseUrl(SpotifyConfig.accountsUrl(env, urls.accountsUrl))
                            .build();
        } catch (IllegalArgumentException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.USAGE;
        }
        return CommandFailures.run(err, () -> crawl(client, user, err));
    }

    private SpotifyAuth auth(boolean user) {
        String id = SpotifyConfig.env(env, SpotifyConfig.CLIENT_ID);
        String secret = SpotifyConfig.env(env, SpotifyConfig.CLIENT_SECRET);
        if (id == null) {
            return null;
        }
        if (user) {
            TokenStore store = TokenStore.file(SpotifyConfig.tokenFile(env));
            return secret == null
                    ? SpotifyAuth.userPkce(id, store)
                    : SpotifyAuth.user(id, secret, store);
        }
        return secret == null ? null : SpotifyAuth.clientCredentials(id, secret);
    }

    private int crawl(SpotifyClient client, boolean user, PrintWriter err) {
        CrawlSummary s;
        try (Warehouse wh = Warehouse.open(warehouse.url);
                CrawlProgressBar bar = CrawlProgressBar.forTerminal()) {
            Crawler.Builder b =
                    Crawler.builder()
                            .client(client)
                            .warehouse(wh)
                            .seedQueries(seeds)
                            .browse(!noBrowse)
                            .userData(user)
                            .resume(resume)
                            .listener(bar);
            if (maxRequests != null) {
                b.maxRequests(maxRequests);
            }
            if (maxDuration != null) {
                b.maxDuration(maxDuration);
            }
            s = b.build().run();
        } catch (CrawlException e) {
            err.println("spotrec: " + e.getMessage());
            return e.isBadInput() ? Main.USAGE : Main.FAILURE;
        } catch (SpotifyApiException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.FAILURE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.USAGE;
        }
        report(s, err);
        return s.status().equals("quota") ? Main.TEMPORARY : Main.OK;
    }

    private void report(CrawlSummary s, PrintWriter err) {
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(s.toJson());
            out.flush();
        }
        err.printf(
                "crawl run %d %s (%s mode): %,d requests, %,d retries, %,d×429, %,d entities %s,"
                        + " %,d failed, %,d pending%n",
                s.runId(),
                s.status(),
                s.mode() == null ? "unknown" : s.mode(),
                s.requests(),
                s.retries(),
                s.throttled(),
                s.entityCount(),
                s.entities(),
                s.failed(),
                s.pending());
        s.skipped()
                .forEach(
                        (type, n) ->
                                err.printf(
                                        "  not collected: %,d %s (%s)%n",
                                        n, type, s.skipReasons().get(type)));
        switch (s.status()) {
            case "quota" ->
                    err.printf(
                            "spotrec: the API quota is used up; resume after %s with"
                                    + " 'spotrec crawl --resume --warehouse %s'%n",
                            s.resumeAt(), warehouse.url);
            case "limit" ->
                    err.printf(
                            "stopped at the --max-requests/--max-duration bound; continue with"
                                    + " --resume%n");
            default -> {}
        }
        err.flush();
    }
}
