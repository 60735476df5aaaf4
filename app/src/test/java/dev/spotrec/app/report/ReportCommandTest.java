package dev.spotrec.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code spotrec report}: help, and bad input exiting 2 with a one-line reason naming it. */
class ReportCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ReportCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String oneLineOfErr() {
        assertThat(err.toString().lines().toList()).hasSize(1);
        return err.toString().strip();
    }

    @Test
    void helpListsEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("--warehouse", "--out", "--evaluation", "--model", "--json", "--sample");
    }

    @Test
    void isASubcommandOfSpotrec() {
        assertThat(Main.run("report", "--help")).isZero();
    }

    @Test
    void aMalformedWarehouseUrlExitsTwoNamingIt() {
        assertThat(run("--warehouse", "sqlite:/tmp/x.db", "--out", dir.toString())).isEqualTo(2);
        assertThat(oneLineOfErr()).contains("sqlite:/tmp/x.db");
    }

    @Test
    void aMissingWarehouseFileExitsTwoNamingIt() {
        Path wh = dir.resolve("nothing.duckdb");
        assertThat(run("--warehouse", "duckdb:" + wh)).isEqualTo(2);
        assertThat(oneLineOfErr()).contains(wh.toString()).contains("does not exist");
    }

    @Test
    void aMissingEvaluationFileExitsTwoNamingIt() throws Exception {
        Path wh = Files.createFile(dir.resolve("wh.duckdb"));
        Path eval = dir.resolve("missing.json");
        assertThat(run("--warehouse", "duckdb:" + wh, "--evaluation", eval.toString()))
                .isEqualTo(2);
        assertThat(oneLineOfErr()).contains(eval.toString()).contains("does not exist");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void corruptEvaluationJsonExitsTwoNamingIt() throws Exception {
        Path wh = Files.createFile(dir.resolve("wh.duckdb"));
        Path eval = Files.writeString(dir.resolve("evaluation.json"), "{\"models\": [ {oops");
        assertThat(run("--warehouse", "duckdb:" + wh)).isEqualTo(2);
        assertThat(err.toString()).contains(eval.toString()).contains("not usable");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void aDirectoryWithoutAModelExitsTwoNamingIt() throws Exception {
        Path wh = Files.createFile(dir.resolve("wh.duckdb"));
        Path model = Files.createDirectories(dir.resolve("empty-model"));
        assertThat(run("--warehouse", "duckdb:" + wh, "--model", model.toString())).isEqualTo(2);
        assertThat(oneLineOfErr()).contains(model.toString()).contains("model.properties");
    }

    @Test
    void aPostgresWarehouseNeedsAnOutDirectory() {
        assertThat(run("--warehouse", "jdbc:postgresql://127.0.0.1:1/db?user=x")).isEqualTo(2);
        assertThat(oneLineOfErr()).contains("--out DIR is required");
    }

    @Test
    void aSampleBelowOneIsRefused() {
        assertThat(run("--sample", "0", "--out", dir.toString())).isEqualTo(2);
        assertThat(oneLineOfErr()).contains("--sample");
    }
}
