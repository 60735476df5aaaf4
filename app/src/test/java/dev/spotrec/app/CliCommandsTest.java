package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** train, evaluate, recommend and demo: help, exit codes, JSON shape and bad input. */
class CliCommandsTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private int run(Map<String, String> env, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ((RecommendCommand) cli.getSubcommands().get("recommend").getCommand()).env = env;
        return cli.execute(args);
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("train", "--help")).isZero();
        assertThat(out.toString()).contains("--warehouse").contains("--model").contains("--set");
        assertThat(out.toString()).contains("hybrid").contains("--engine");
        assertThat(run("evaluate", "--help")).isZero();
        assertThat(out.toString()).contains("--dataset").contains("--protocol").contains("--seeds");
        assertThat(run("recommend", "--help")).isZero();
        assertThat(out.toString()).contains("--playlist").contains("--save").contains("--json");
        assertThat(run("demo", "--help")).isZero();
        assertThat(out.toString()).contains("--data-dir").contains("--world").contains("--serve");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("train").contains("evaluate").contains("demo");
    }

    @Test
    void evaluatePrintsTheTableAndOneJsonDocument() {
        int code =
                run(
                        "evaluate",
                        "--dataset",
                        "synthetic:seed=3,users=40,artists=20,tracks=200,playlists=120",
                        "--protocol",
                        "playlist-holdout",
                        "--models",
                        "most-popular,item-knn",
                        "--seeds",
                        "1,2",
                        "--json",
                        "-");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("recall@10")
                .contains("most-popular")
                .contains("versionLeak@10");
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
        assertThat(doc.get("protocol").asString()).isEqualTo("playlist-holdout");
        assertThat(doc.get("models").size()).isEqualTo(2);
        assertThat(doc.get("models").get(1).get("metrics").has("ndcg@10")).isTrue();
    }

    @Test
    void evaluateRejectsBadInputNamingIt() {
        String[] base = {"evaluate", "--dataset", "synthetic:users=5"};
        assertThat(run(concat(base, "--protocol", "leave-one-out"))).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("leave-one-out");
        assertThat(run(concat(base, "--protocol", "ratio-811", "--seeds", "1,x")))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("'x'");
        assertThat(run(concat(base, "--protocol", "ratio-811", "--models", "als,bpr")))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("unknown model 'bpr'");
        assertThat(run(concat(base, "--protocol", "ratio-811", "--models", "als:nosuch=1")))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("nosuch");
        assertThat(run("evaluate", "--dataset", "nope:x", "--protocol", "ratio-811"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("nope:x");
        assertThat(run("evaluate", "--dataset", "hetrec:" + dir, "--protocol", "ratio-811"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString())
                .contains(dir.resolve("user_artists.dat").toString())
                .doesNotContain("imported");
    }

    @Test
    void trainRejectsBadInputNamingIt() {
        String wh = "duckdb:" + dir.resolve("wh.duckdb");
        assertThat(run("train", "--warehouse", "nosuch:thing", "--model", "als"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("nosuch:thing");
        assertThat(run("train", "--warehouse", wh, "--model", "bpr")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("bpr").contains("known models");
        assertThat(run("train", "--warehouse", wh, "--model", "als", "--set", "factors=-3"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("factors");
    }

    @Test
    void recommendNeedsAModelAndAPlaylist() {
        Path missing = dir.resolve("no-model");
        assertThat(run("recommend", "--model", missing.toString(), "--playlist", "x"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("no model at " + missing).contains("spotrec train");
        Path model = dir.resolve("model");
        write(model.resolve("model.properties"), "format=spotrec-model\n");
        assertThat(
                        run(
                                "recommend",
                                "--model",
                                model.toString(),
                                "--playlist",
                                "https://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("open.spotify.com/album").contains("playlist");
    }

    @Test
    void aConfigFileWithASecretReadableByOthersIsRefusedWithoutPrintingIt() throws Exception {
        Path config = dir.resolve("spotrec/config.properties");
        write(config, "client_id=abc\nclient_secret=s3cr3t-value\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
        var e =
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> SpotifyConfig.env(env, SpotifyConfig.CLIENT_ID));
        assertThat(e).hasMessageContaining("chmod 600").hasMessageNotContaining("s3cr3t");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        assertThat(SpotifyConfig.env(env, SpotifyConfig.CLIENT_ID)).isEqualTo("abc");
        assertThat(SpotifyConfig.env(env, SpotifyConfig.CLIENT_SECRET)).isEqualTo("s3cr3t-value");
        Map<String, String> both =
                Map.of("XDG_CONFIG_HOME", dir.toString(), "SPOTIFY_CLIENT_ID", "env-id");
        assertThat(SpotifyConfig.env(both, SpotifyConfig.CLIENT_ID)).isEqualTo("env-id");
    }

    @Test
    void unknownEngineIsAClearUsageError() {
        String wh = "duckdb:" + dir.resolve("wh.duckdb");
        assertThat(run("train", "--warehouse", wh, "--model", "als", "--engine", "flink"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("unknown engine 'flink'");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
