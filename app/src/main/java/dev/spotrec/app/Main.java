package dev.spotrec.app;

import dev.spotrec.app.report.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code spotrec} command line. Each subcommand lives in its own class; this one
 * only wires them and maps failures to the exit codes documented in the README.
 */
@Command(
        name = "spotrec",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Music recommendation over the Spotify Web API.",
        subcommands = {
            CommandLine.HelpCommand.class,
            EmulatorCommand.class,
            WorldCommand.class,
            ImportCommand.class,
            LoginCommand.class,
            CrawlCommand.class,
            WarehouseCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            RecommendCommand.class,
            DemoCommand.class,
            ServeCommand.class,
            dev.spotrec.app.experiment.ExperimentCommand.class,
            ReportCommand.class
        })
public final class Main implements Runnable {

    /** Exit codes shared by every command. */
    public static final int OK = 0;

    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int TEMPORARY = 75;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code instead of exiting, for tests. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setUsageHelpWidth(100);
        cli.setExitCodeExceptionMapper(Main::exitCodeOf);
        cli.setParameterExceptionHandler(
                (ex, argv) -> {
                    ex.getCommandLine().getErr().println("spotrec: " + ex.getMessage());
                    ex.getCommandLine()
                            .getErr()
                            .println(
                                    "Try '"
                                            + ex.getCommandLine().getCommandSpec().qualifiedName()
                                            + " --help'.");
                    return USAGE;
                });
        cli.setExecutionExceptionHandler(
                (ex, command, parsed) -> {
                    command.getErr().println("spotrec: " + messageOf(ex));
                    return exitCodeOf(ex);
                });
        return cli;
    }

    static int exitCodeOf(Throwable t) {
        return t instanceof IllegalArgumentException ? USAGE : FAILURE;
    }

    private static String messageOf(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"spotrec " + (version == null ? "development build" : version)};
        }
    }
}
