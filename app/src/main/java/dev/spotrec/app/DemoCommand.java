package dev.spotrec.app;

import dev.spotrec.app.data.EvaluationJson;
import dev.spotrec.app.data.WarehouseTrainingData;
import dev.spotrec.app.report.ReportInputs;
import dev.spotrec.app.report.ReportWriter;
import dev.spotrec.app.web.WebApp;
import dev.spotrec.crawler.CrawlSummary;
import dev.spotrec.crawler.Crawler;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.ModelSpec;
import dev.spotrec.recommender.eval.PlaylistHoldout;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec demo [--data-dir DIR] [--world SPEC] [--serve] [--port N]}: the whole pipeline on
 * a synthetic world: emulator, crawl, train, evaluate, report. A second run reuses the warehouse
 * and the model.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs everything offline: starts the Spotify emulator on a synthetic world, crawls it"
                    + " into DIR/warehouse.duckdb, trains the model into DIR/model, evaluates it"
                    + " against the most-popular baseline (playlist hold-out), writes"
                    + " DIR/evaluation.json and the report DIR/report/index.html.",
            "A second run reuses the warehouse and the model; delete them to start over."
        })
final class DemoCommand implements Callable<Integer> {
    /** The demo world: measured to finish the whole demo in well under 3 minutes on 2 cores. */
    static final String DEFAULT_WORLD =
            "synthetic:seed=7,users=600,artists=400,tracks=3000,playlists=1500,length=25";

    static final String DEFAULT_MODEL = "hybrid";

    static final String DEFAULT_DATA_DIR = "./spotrec-data";

    static final int CRAWL_CONCURRENCY = 64;

    @Spec CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = DEFAULT_DATA_DIR,
            description = "where the warehouse, model and results go (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(
            names = "--world",
            paramLabel = "SPEC",
            defaultValue = DEFAULT_WORLD,
            description = "the emulator's world (default: ${DEFAULT-VALUE})")
    String world;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            defaultValue = DEFAULT_MODEL,
            description = "the model to train (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--serve", description = "keep the web app running afterwards")
    boolean serve;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "web app port on 127.0.0.1 with --serve (default: ${DEFAULT-VALUE})")
    int port;

    /** Counted down to stop {@code --serve} (tests); otherwise it runs until interrupted. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Recommender fresh = TrainCommand.create(model, Map.of());
        return CommandFailures.run(err, () -> demo(fresh, err));
    }

    private int demo(Recommender fresh, PrintWriter err) throws Exception {
        long t0 = System.nanoTime();
        Files.createDirectories(dataDir);
        Path whFile = dataDir.resolve("warehouse.duckdb");
        String wh = "duckdb:" + whFile;
        if (Files.exists(whFile)) {
            err.println("reusing the warehouse " + whFile + " (delete it to crawl again)");
        } else {
            crawl(wh, err);
        }
        TrainingData data;
        try (Warehouse w = Warehouse.openReadOnly(wh)) {
            data = WarehouseTrainingData.read(w);
        }
        err.println("training data: " + data);
        Path modelDir = dataDir.resolve("model");
        if (Files.isRegularFile(modelDir.resolve("model.properties"))) {
            err.println("reusing the model " + modelDir + " (delete it to train again)");
        } else {
            long t = System.nanoTime();
            try (TrainProgress progress = TrainProgress.forTerminal()) {
                fresh.fit(data, progress);
            }
            ModelFiles.saveAtomically(fresh, modelDir);
            err.printf(
                    Locale.ROOT,
                    "trained %s in %.1f s into %s%n",
                    fresh.name(),
                    (System.nanoTime() - t) / 1e9,
                    modelDir);
        }
        err.flush();
        PlaylistHoldout protocol = new PlaylistHoldout(0.2);
        EvaluationReport report =
                EvaluateCommand.run(
                        wh,
                        data,
                        protocol,
                        List.of(ModelSpec.parse("most-popular"), ModelSpec.parse(model)),
                        List.of(1L));
        EvaluateCommand.printTables(report, protocol.metricSet(), err);
        Path json = dataDir.resolve("evaluation.json");
        EvaluationJson.write(report, json);
        err.println("wrote " + json);
        err.println("report: " + writeReport(wh, modelDir, json));
        err.printf(Locale.ROOT, "demo done in %.0f s.%n", (System.nanoTime() - t0) / 1e9);
        if (!serve) {
            err.println(
                    "Open the web app with: "
                            + System.getProperty("spotrec.launcher", "./spotrec")
                            + " demo --serve"
                            + (dataDir.equals(Path.of(DEFAULT_DATA_DIR))
                                    ? ""
                                    : " --data-dir " + dataDir)
                            + " (reuses this data; then http://127.0.0.1:"
                            + port
                            + "/)");
        }
        err.flush();
        return serve ? serve(wh, modelDir, err) : Main.OK;
    }

    /** Starts the emulator on the world and crawls all of it into the warehouse. */
    private void crawl(String wh, PrintWriter err) {
        long t = System.nanoTime();
        try (Emulator emu = Emulator.builder().world(world).mode(Mode.EXTENDED).start();
                Warehouse w = Warehouse.open(wh);
                CrawlProgressBar bar = CrawlProgressBar.forTerminal()) {
            err.println("emulator on " + world + " listening on " + emu.baseUrl());
            err.flush();
            SpotifyClient client =
                    SpotifyClient.builder()
                            .auth(SpotifyAuth.clientCredentials("demo-client", "demo-secret"))
                            .apiBaseUrl(emu.apiUrl())
                            .accountsBaseUrl(emu.accountsUrl())
                            .build();
            CrawlSummary s =
                    Crawler.builder()
                            .client(client)
                            .warehouse(w)
                            .seedQueries(seeds(emu))
                            .browse(true)
                            // Loopback: wide rounds mean fewer warehouse transactions.
                            .concurrency(CRAWL_CONCURRENCY)
                            .listener(bar)
                            .build()
                            .run();
            bar.close();
            err.printf(
                    Locale.ROOT,
                    "crawled %,d entities with %,d requests in %.1f s: %s%n",
                    s.entityCount(),
                    s.requests(),
                    (System.nanoTime() - t) / 1e9,
                    s.entities());
        }
    }

    /**
     * Seed searches: the world's genres (playlist names carry them, so each search finds many
     * playlists, whose owners' playlists the crawler then reads), plus common playlist-name words.
     */
    private static List<String> seeds(Emulator emu) {
        Set<String> out = new TreeSet<>(List.of("mix", "vibes"));
        emu.world().artists().forEach(a -> out.addAll(a.genres()));
        return List.copyOf(out);
    }

    /**
     * Writes the HTML report of the demo (warehouse summary, metrics, charts) to DIR/report and
     * returns its index.html. The warehouse must be closed: it is opened read-only here.
     */
    private Path writeReport(String warehouse, Path modelDir, Path evaluationJson) {
        return ReportWriter.write(
                ReportInputs.collect(warehouse, modelDir, List.of(evaluationJson), Instant.now()),
                dataDir.resolve("report"));
    }

    /**
     * Keeps the web app running on {@code port} until interrupted, with an emulator on the same
     * world for the login (the world is seeded, so it has the crawled ids).
     */
    int serve(String warehouse, Path modelDir, PrintWriter err) throws InterruptedException {
        try (Emulator emu = Emulator.builder().world(world).mode(Mode.EXTENDED).start()) {
            err.println(
                    "emulator for the login on "
                            + emu.baseUrl()
                            + "; log in as any of its users, then stop with Ctrl-C");
            err.flush();
            return WebApp.serve(
                    new WebApp.Target(
                            warehouse,
                            modelDir,
                            emu.apiUrl(),
                            emu.accountsUrl(),
                            WebApp.DEMO_CLIENT,
                            WebApp.DEMO_SECRET,
                            "127.0.0.1",
                            port),
                    stop,
                    spec.commandLine().getOut(),
                    err);
        }
    }
}
