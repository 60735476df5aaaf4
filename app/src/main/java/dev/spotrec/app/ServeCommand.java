package dev.spotrec.app;

import dev.spotrec.app.web.WebApp;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec serve --warehouse WH --model DIR [--port N] [--bind ADDR] [--api-url URL]
 * [--accounts-url URL]}: the web app and REST API until interrupted. The Spotify app's credentials
 * and URLs come from the environment or the config file, as for every command ({@link
 * SpotifyConfig}); against a loopback API (the emulator) without them, the emulator's {@code
 * demo-client} is used.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the web app and REST API: log in with Spotify, continue your playlists, save"
                    + " them, and take part in the blind experiment.",
            "Register http://127.0.0.1:PORT/callback as a redirect URI of your Spotify app."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--warehouse",
            paramLabel = "WH",
            defaultValue = "duckdb:./spotrec-data/warehouse.duckdb",
            description = "duckdb:PATH or jdbc:postgresql://... (default: ${DEFAULT-VALUE})")
    String warehouse;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            required = true,
            description = "a model directory written by 'spotrec train'")
    Path model;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind;

    @Mixin SpotifyUrlOptions urls;

    Map<String, String> env = System.getenv();

    /** Counted down to stop the server (tests); otherwise the server runs until interrupted. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(model.resolve("model.properties"))) {
            err.println("spotrec: no model at " + model + "; run 'spotrec train' first");
            return Main.USAGE;
        }
        String apiUrl;
        String accountsUrl;
        String id;
        String secret;
        try {
            apiUrl = SpotifyConfig.apiUrl(env, urls.apiUrl);
            accountsUrl = SpotifyConfig.accountsUrl(env, urls.accountsUrl);
            id = SpotifyConfig.env(env, SpotifyConfig.CLIENT_ID);
            secret = SpotifyConfig.env(env, SpotifyConfig.CLIENT_SECRET);
        } catch (IllegalArgumentException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.USAGE;
        }
        if (id == null) {
            if (!loopback(apiUrl)) {
                err.println(
                        "spotrec: set SPOTIFY_CLIENT_ID (and SPOTIFY_CLIENT_SECRET), or client_id"
                                + " in "
                                + SpotifyConfig.configFile(env)
                                + ", first");
                return Main.USAGE;
            }
            id = WebApp.DEMO_CLIENT;
            secret = WebApp.DEMO_SECRET;
        }
        return WebApp.serve(
                new WebApp.Target(warehouse, model, apiUrl, accountsUrl, id, secret, bind, port),
                stop,
                spec.commandLine().getOut(),
                err);
    }

    private static boolean loopback(String url) {
        try {
            String host = URI.create(url).getHost();
            return "127.0.0.1".equals(host) || "[::1]".equals(host) || "localhost".equals(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
