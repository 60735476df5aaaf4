package dev.spotrec.app.experiment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spotrec experiment report}: the blind A/B experiment's results. */
@Command(
        name = "experiment",
        mixinStandardHelpOptions = true,
        description =
                "The blind A/B experiment of the recommender against a baseline "
                        + "(trials are run in the web app, spotrec serve).",
        subcommands = {ExperimentReportCommand.class})
public final class ExperimentCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
