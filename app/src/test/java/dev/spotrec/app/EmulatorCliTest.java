package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code spotrec emulator} and {@code spotrec world stats}: help, bad input and output shapes. */
class EmulatorCliTest {
    private static final String WORLD =
            "synthetic:seed=1,users=20,artists=15,tracks=60,playlists=12";

    /** Runs the command line with captured streams. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void bothCommandsHaveHelp() {
        Run emulator = run("emulator", "--help");
        assertThat(emulator.code()).isZero();
        assertThat(emulator.out()).contains("--world", "--mode", "--faults", "--port", "--client");
        Run stats = run("world", "stats", "--help");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains("--world", "--json");
    }

    @Test
    void badInputExitsTwoWithAOneLineReasonNamingIt() {
        Run badWorld = run("world", "stats", "--world", "nonsense:x");
        assertThat(badWorld.code()).isEqualTo(2);
        assertThat(badWorld.err().strip()).contains("nonsense:x").doesNotContain("\n");
        Run badMode = run("emulator", "--mode", "premium", "--world", WORLD);
        assertThat(badMode.code()).isEqualTo(2);
        assertThat(badMode.err()).contains("'premium'");
        Run badFaults = run("emulator", "--faults", "5xx=9", "--world", WORLD);
        assertThat(badFaults.code()).isEqualTo(2);
        assertThat(badFaults.err()).contains("5xx");
        Run badClient = run("emulator", "--client", "nosecret", "--world", WORLD);
        assertThat(badClient.code()).isEqualTo(2);
        Run missingDir = run("world", "stats", "--world", "mpd:/does/not/exist");
        assertThat(missingDir.code()).isEqualTo(2);
        assertThat(missingDir.err()).contains("/does/not/exist");
    }

    @Test
    void worldStatsPrintsOneJsonDocument() {
        Run r = run("world", "stats", "--world", WORLD, "--json");
        assertThat(r.code()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly(
                        "users",
                        "artists",
                        "albums",
                        "tracks",
                        "playlists",
                        "playlist_items",
                        "follows");
        assertThat(json.path("users").asInt()).isEqualTo(20);
        assertThat(json.path("tracks").asInt()).isEqualTo(60);
        Run table = run("world", "stats", "--world", WORLD);
        assertThat(table.out()).isEmpty();
        assertThat(table.err()).contains("playlist items");
    }

    @Test
    void emulatorPrintsWhereItListensAndServesUntilInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread t =
                new Thread(
                        () ->
                                code.set(
                                        cli.execute(
                                                "emulator",
                                                "--world",
                                                WORLD,
                                                "--mode",
                                                "development")));
        t.start();
        Pattern p =
                Pattern.compile("^listening on (http://127\\.0\\.0\\.1:\\d+)$", Pattern.MULTILINE);
        Matcher m = p.matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!m.find() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            m = p.matcher(out.toString());
        }
        assertThat(out.toString()).matches("listening on http://127\\.0\\.0\\.1:\\d+\\R");
        HttpResponse<String> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(m.group(1) + "/v1/markets"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        t.interrupt();
        t.join(10_000);
        assertThat(code.get()).isZero();
    }
}
