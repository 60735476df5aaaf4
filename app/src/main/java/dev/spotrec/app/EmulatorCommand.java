package dev.spotrec.app;

import dev.spotrec.emulator.ClientApp;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.EmulatorException;
import dev.spotrec.emulator.FaultPlan;
import dev.spotrec.emulator.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec emulator}: serves the Spotify Web API and Accounts service over a world on
 * 127.0.0.1, prints {@code listening on http://127.0.0.1:PORT} when ready, and runs until
 * interrupted.
 */
@Command(
        name = "emulator",
        mixinStandardHelpOptions = true,
        description = "Run a local Spotify Web API and Accounts service over a world.")
final class EmulatorCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--world",
            paramLabel = "SPEC",
            defaultValue = "synthetic:",
            description =
                    "World to serve: synthetic:KEY=VALUE,..., spotify-csv:PATH, mpd:DIR or hetrec:DIR (default: ${DEFAULT-VALUE}).")
    String world;

    @Option(
            names = "--mode",
            paramLabel = "extended|development",
            defaultValue = "extended",
            description = "Quota mode whose restrictions apply (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(
            names = "--faults",
            paramLabel = "SPEC",
            defaultValue = "none",
            description =
                    "Fault effects, e.g. seed=7,5xx=0.05,429=0.01x5,latency=20ms,stall=0.001/30s,truncate=0.01,reset=0.01,limit=100.")
    String faults;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "0",
            description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--client",
            paramLabel = "ID:SECRET",
            description = "Register another app besides demo-client:demo-secret (repeatable).")
    List<String> clients = new ArrayList<>();

    @Option(
            names = "--rate-limit",
            paramLabel = "N",
            defaultValue = "0",
            description = "Requests per client in a rolling 30 s window, then 429 (0: unlimited).")
    int rateLimit;

    @Option(
            names = "--daily-quota",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "Requests per client per UTC day, then 429 QUOTA_EXCEEDED (0: unlimited).")
    long dailyQuota;

    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() {
        Emulator.Builder builder =
                Emulator.builder()
                        .mode(Mode.parse(mode))
                        .faults(FaultPlan.parse(faults))
                        .port(port)
                        .rateLimit(rateLimit)
                        .dailyQuota(dailyQuota)
                        .world(world);
        clients.forEach(c -> builder.client(ClientApp.parse(c)));
        Emulator emulator;
        try {
            emulator = builder.start();
        } catch (EmulatorException e) {
            throw new IllegalArgumentException("--port " + port + ": " + e.getMessage(), e);
        } catch (dev.spotrec.datasets.DatasetFormatException e) {
            throw new IllegalArgumentException("--world " + world + ": " + e.getMessage(), e);
        }
        Thread hook = new Thread(emulator::close, "spotrec-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().println("listening on " + emulator.baseUrl());
        spec.commandLine().getOut().flush();
        boolean interrupted = false;
        try {
            stop.await();
        } catch (InterruptedException e) {
            // Interrupted: stop serving and exit normally (Ctrl-C goes through the hook instead).
            interrupted = true;
        } finally {
            emulator.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook closes the emulator.
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }
}
