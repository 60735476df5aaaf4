package dev.spotrec.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spotrec world}: commands about worlds; see {@code world stats}. */
@Command(
        name = "world",
        mixinStandardHelpOptions = true,
        description = "Inspect a world.",
        subcommands = WorldStatsCommand.class)
final class WorldCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
