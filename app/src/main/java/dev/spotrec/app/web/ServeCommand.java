package dev.spotrec.app.web;

import dev.spotrec.app.Main;
import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec serve --warehouse WH --model DIR [--port N] [--bind ADDR] [--api-url URL]
 * [--accounts-url URL]}: the web app and REST API until interrupted. The Spotify app comes from
 * {@code SPOTIFY_CLIENT_ID} and {@code SPOTIFY_CLIENT_SECRET}; against a loopback API (the
 * emulator) it defaults to the emulator's {@code demo-client}.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the web app and REST API: log in with Spotify, continue your playlists, save"
                    + " them, and take part in the blind experiment.",
            "Register http://127.0.0.1:PORT/callback as a redirect URI of your Spotify app."
        })
public final class ServeCommand implements Callable<Integer> {
    static final String DEMO_CLIENT = "demo-client";
    static final String DEMO_SECRET = "demo-secret";

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

    @Option(
            names = "--api-url",
            paramLabel = "URL",
            defaultValue = "https://api.spotify.com/v1",
            description = "Web API base (default: ${DEFAULT-VALUE})")
    String apiUrl;

    @Option(
            names = "--accounts-url",
            paramLabel = "URL",
            defaultValue = "https://accounts.spotify.com",
            description = "Accounts service base (default: ${DEFAULT-VALUE})")
    String accountsUrl;

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
        String id = env(SpotifyEnv.ID);
        String secret = env(SpotifyEnv.SECRET);
        if (id == null) {
            if (!loopback(apiUrl)) {
                err.println("spotrec: set SPOTIFY_CLIENT_ID (and SPOTIFY_CLIENT_SECRET) first");
                return Main.USAGE;
            }
            id = DEMO_CLIENT;
            secret = DEMO_SECRET;
        }
        RecommendationService service;
        try (Warehouse readOnly = Warehouse.openReadOnly(warehouse)) {
            // Names are read once, into memory; the experiment then writes through a writable one.
            service = RecommendationService.open(model, readOnly);
        } catch (IllegalArgumentException | WarehouseException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.USAGE;
        }
        try (service;
                Warehouse wh = Warehouse.open(warehouse);
                WebServer web =
                        WebServer.builder()
                                .warehouse(wh)
                                .recommendations(service)
                                .apiUrl(apiUrl)
                                .accountsUrl(accountsUrl)
                                .client(id, secret)
                                .bind(bind)
                                .port(port)
                                .build()
                                .start()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("listening on " + web.url());
            out.flush();
            Thread hook = new Thread(stop::countDown, "spotrec-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stop.await();
            } finally {
                removeHook(hook);
            }
            return Main.OK;
        } catch (IllegalArgumentException | WarehouseException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.USAGE;
        } catch (WebException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.FAILURE;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook has run.
        }
    }

    private String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static boolean loopback(String url) {
        try {
            String host = URI.create(url).getHost();
            return "127.0.0.1".equals(host) || "[::1]".equals(host) || "localhost".equals(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The environment variables of the Spotify app. */
    static final class SpotifyEnv {
        static final String ID = "SPOTIFY_CLIENT_ID";
        static final String SECRET = "SPOTIFY_CLIENT_SECRET";

        private SpotifyEnv() {}
    }
}
