package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.data.WarehouseTrainingData;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code spotrec serve}: help, bad input, and a real start on loopback against the emulator. */
class ServeCommandIT {
    @TempDir Path dir;

    record Run(CommandLine cli, ServeCommand serve, StringWriter out, StringWriter err) {}

    /** Runs {@code serve} on this test's warehouse with {@code model}, then {@code extra}. */
    private int serve(Run r, Path model, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "serve",
                                "--warehouse",
                                "duckdb:" + dir.resolve("wh.duckdb"),
                                "--model",
                                model.toString()));
        args.addAll(List.of(extra));
        return r.cli().execute(args.toArray(String[]::new));
    }

    static Run cli() {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ServeCommand serve = (ServeCommand) cli.getSubcommands().get("serve").getCommand();
        serve.env = Map.of();
        return new Run(cli, serve, out, err);
    }

    @Test
    void helpListsEveryOption() {
        Run r = cli();
        assertThat(r.cli().execute("serve", "--help")).isZero();
        assertThat(r.out().toString())
                .contains("--warehouse")
                .contains("--model")
                .contains("--port")
                .contains("--bind")
                .contains("--api-url")
                .contains("--accounts-url")
                .contains("127.0.0.1");
    }

    @Test
    void aMissingModelIsBadInput() {
        Run r = cli();
        int code = r.cli().execute("serve", "--model", dir.resolve("nothing").toString());
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(r.err().toString()).contains("no model at").contains("spotrec train");
    }

    @Test
    void realSpotifyNeedsTheClientId() throws Exception {
        Path model = train();
        Run r = cli();
        int code = serve(r, model);
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(r.err().toString()).contains("SPOTIFY_CLIENT_ID");
    }

    @Test
    void servesOnLoopbackUntilStopped() throws Exception {
        Path model = train();
        try (Emulator emu = Emulator.builder().world(world()).start()) {
            Run r = cli();
            CompletableFuture<Integer> code =
                    CompletableFuture.supplyAsync(
                            () ->
                                    serve(
                                            r,
                                            model,
                                            "--port",
                                            "0",
                                            "--api-url",
                                            emu.apiUrl(),
                                            "--accounts-url",
                                            emu.accountsUrl()));
            String url = awaitUrl(r.out(), code);
            assertThat(url).startsWith("http://127.0.0.1:");
            HttpResponse<String> home = get(url + "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("id=\"login\"");
            r.serve().stop.countDown();
            assertThat(code.get(30, TimeUnit.SECONDS)).as(r.err().toString()).isZero();
        }
    }

    @Test
    void takesTheAppFromTheConfigFile() throws Exception {
        Path model = train();
        writeConfig("rw-------");
        Run r = cli();
        r.serve().env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        CompletableFuture<Integer> code =
                CompletableFuture.supplyAsync(() -> serve(r, model, "--port", "0"));
        String url = awaitUrl(r.out(), code);
        // The login redirects to Spotify's Accounts service with the configured app; the redirect
        // is read, never followed.
        HttpResponse<String> login = get(url + "/login");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow())
                .startsWith("https://accounts.spotify.com/authorize?")
                .contains("client_id=config-file-app");
        r.serve().stop.countDown();
        assertThat(code.get(30, TimeUnit.SECONDS)).as(r.err().toString()).isZero();
        assertThat(r.out().toString() + r.err()).doesNotContain("not-printed");
    }

    @Test
    void aConfigFileOthersCanReadIsRefused() throws Exception {
        Path model = train();
        Path config = writeConfig("rw-r--r--");
        Run r = cli();
        r.serve().env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        int code = serve(r, model);
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(r.err().toString()).contains(config.toString()).doesNotContain("not-printed");
    }

    /** A config file under {@code dir/xdg} with an app id and secret, with {@code permissions}. */
    private Path writeConfig(String permissions) throws Exception {
        Path config =
                Files.createDirectories(dir.resolve("xdg/spotrec")).resolve("config.properties");
        Files.writeString(config, "client_id=config-file-app\nclient_secret=not-printed\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString(permissions));
        return config;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (HttpClient http =
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    static World world() {
        return Worlds.load("synthetic:seed=3,users=20,artists=15,tracks=120,playlists=40,length=8");
    }

    Path train() {
        String url = "duckdb:" + dir.resolve("wh.duckdb");
        try (Warehouse wh = Warehouse.open(url)) {
            wh.write(world()::writeTo);
        }
        Path model = dir.resolve("model");
        try (Warehouse wh = Warehouse.openReadOnly(url)) {
            Recommender r = Models.create("item-knn");
            r.fit(WarehouseTrainingData.read(wh));
            ModelStore.save(r, model);
        }
        return model;
    }

    private static String awaitUrl(StringWriter out, CompletableFuture<Integer> code)
            throws InterruptedException {
        Pattern p = Pattern.compile("listening on (http://\\S+)");
        for (int i = 0; i < 600; i++) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            if (code.isDone()) {
                throw new AssertionError("serve ended early: " + code.join());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no URL: " + out);
    }
}
