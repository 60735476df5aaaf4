package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code spotrec crawl} against the emulator: summary, quota exit 75 and resume, bad input. */
class CrawlCommandIT {
    private static final String WORLD =
            "synthetic:seed=5,users=15,artists=10,tracks=60,playlists=15,length=8";

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ((CrawlCommand) cli.getSubcommands().get("crawl").getCommand()).env = env;
        return cli.execute(args);
    }

    private Map<String, String> creds() {
        return Map.of(
                "SPOTIFY_CLIENT_ID", "demo-client",
                "SPOTIFY_CLIENT_SECRET", "demo-secret",
                "XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    private String wh() {
        return "duckdb:" + dir.resolve("wh.duckdb");
    }

    private static String seed(Emulator emu) {
        return emu.world().artists().get(0).name();
    }

    /**
     * {@code crawl} into this test's warehouse from {@code apiUrl}/{@code accountsUrl}, then extra.
     */
    private String[] crawl(String apiUrl, String accountsUrl, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "crawl",
                                "--warehouse",
                                wh(),
                                "--api-url",
                                apiUrl,
                                "--accounts-url",
                                accountsUrl));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** {@code crawl} of the emulator seeded with its first artist's name, then extra. */
    private String[] crawl(Emulator emu, String... extra) {
        List<String> args = new ArrayList<>(List.of("--seed-query", seed(emu)));
        args.addAll(List.of(extra));
        return crawl(emu.apiUrl(), emu.accountsUrl(), args.toArray(String[]::new));
    }

    @Test
    void crawlsTheEmulatorAndPrintsTheSummaryAsJson() {
        try (Emulator emu = Emulator.builder().world(WORLD).mode(Mode.EXTENDED).start()) {
            int code = run(creds(), crawl(emu, "--json"));
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).startsWith("{").contains("\"status\":\"completed\"");
            assertThat(err.toString())
                    .contains("crawl run 1 completed")
                    .doesNotContain("demo-secret");
        }
    }

    @Test
    void maxRequestsStopsWithTheTruePendingCount() {
        try (Emulator emu = Emulator.builder().world(WORLD).mode(Mode.EXTENDED).start()) {
            int code = run(creds(), crawl(emu, "--max-requests", "20", "--json"));
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("\"status\":\"limit\"");
            Matcher m = Pattern.compile("\"pending\":(\\d+)").matcher(out.toString());
            assertThat(m.find()).isTrue();
            long pending = Long.parseLong(m.group(1));
            long counted;
            try (Warehouse wh = Warehouse.openReadOnly(wh())) {
                counted =
                        (Long)
                                wh.query(
                                                "SELECT count(*) FROM crawl_frontier WHERE status"
                                                        + " = 'PENDING'",
                                                1)
                                        .rows()
                                        .get(0)
                                        .get(0);
            }
            assertThat(pending).isPositive().isEqualTo(counted);
            assertThat(err.toString())
                    .contains(String.format("%,d pending", pending))
                    .contains("continue with --resume");
        }
    }

    @Test
    void quotaExitsWith75AndAResumeAfterItCompletes() {
        MutableClock clock = new MutableClock(Instant.parse("2026-02-20T10:00:00Z"));
        try (Emulator emu =
                Emulator.builder()
                        .world(WORLD)
                        .mode(Mode.EXTENDED)
                        .clock(clock)
                        .dailyQuota(40)
                        .start()) {
            assertThat(run(creds(), crawl(emu))).as(err.toString()).isEqualTo(Main.TEMPORARY);
            assertThat(err.toString()).contains("resume after").contains("--resume");
            clock.advance(Duration.ofDays(1));
            String[] resume = crawl(emu.apiUrl(), emu.accountsUrl(), "--resume", "--json");
            int code = run(creds(), resume);
            while (code == Main.TEMPORARY) {
                clock.advance(Duration.ofDays(1));
                code = run(creds(), resume);
            }
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("\"status\":\"completed\"");
        }
    }

    @Test
    void badInputGivesAClearErrorAndExitCode() throws Exception {
        assertThat(run(creds(), "crawl", "--warehouse", "nosuch:thing", "--seed-query", "x"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("nosuch:thing");
        assertThat(
                        run(
                                creds(),
                                "crawl",
                                "--warehouse",
                                wh(),
                                "--api-url",
                                "not a url",
                                "--seed-query",
                                "x"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("apiBaseUrl");
        assertThat(run(Map.of(), "crawl", "--warehouse", wh(), "--seed-query", "x"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("SPOTIFY_CLIENT_ID");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + port;
        assertThat(run(creds(), crawl(dead + "/v1", dead, "--seed-query", "x")))
                .isEqualTo(Main.FAILURE);
        assertThat(err.toString())
                .contains("Spotify is unreachable")
                .contains(dead + "/api/token")
                .contains("ConnectException")
                .doesNotContain("null");
        assertThat(run(creds(), "crawl", "--max-duration", "soon", "--seed-query", "x"))
                .isEqualTo(Main.USAGE);
    }
}
