package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: spotrec").contains("Commands:");
    }

    @Test
    void everyCommandAndSubcommandHasHelpThatExitsZero() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(15);
        // picocli reports a description it cannot format (an unescaped %) on System.err.
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(
                new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            helpOfEvery(paths);
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("picocli WARN");
    }

    private void helpOfEvery(List<List<String>> paths) {
        for (List<String> path : paths) {
            out.getBuffer().setLength(0);
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
            assertThat(out.toString())
                    .as(String.join(" ", args))
                    .contains("Usage: spotrec " + String.join(" ", path));
        }
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> into) {
        for (var e : cli.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            into.add(sub);
            collect(e.getValue(), sub, into);
        }
    }

    @Test
    void unknownOptionExitsTwoNamingTheOption() {
        assertThat(run("--no-such-option")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--no-such-option").contains("spotrec --help");
    }

    @Test
    void versionNamesTheProgram() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("spotrec ");
    }
}
