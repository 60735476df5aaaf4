package dev.spotrec.app.report;

import dev.spotrec.app.experiment.Experiment;
import dev.spotrec.app.experiment.ExperimentResults;
import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where {@code spotrec report} finds its inputs. For a {@code duckdb:PATH} warehouse the demo's
 * layout is the default: {@code evaluation.json}, {@code model/} and {@code report/} beside the
 * warehouse file. Explicit options always win; an explicit file that is missing is an error, a
 * default that is missing only leaves its part out of the report.
 *
 * @param warehouseUrl the warehouse URL as given (it may hold a password: never shown)
 * @param warehouse the parsed warehouse URL
 * @param out the report directory
 * @param evaluations evaluation JSON files to read
 * @param model the model directory, or null
 * @param notes what was picked up by default, for the user
 */
record ReportSources(
        String warehouseUrl,
        WarehouseUrl warehouse,
        Path out,
        List<Path> evaluations,
        Path model,
        List<String> notes) {

    static final String EVALUATION_FILE = "evaluation.json";
    static final String MODEL_DIR = "model";
    static final String REPORT_DIR = "report";
    static final int SAMPLE = 200;

    /** The warehouse schema version that added the experiment tables. */
    static final int EXPERIMENT_SCHEMA = 2;

    ReportSources {
        evaluations = List.copyOf(evaluations);
        notes = List.copyOf(notes);
    }

    /** Resolves defaults and checks that every explicit input exists. */
    static ReportSources resolve(
            String warehouseUrl, Path out, List<Path> evaluations, Path model) {
        return resolve(warehouseUrl, out, evaluations, model, true);
    }

    /**
     * Resolves the inputs; with {@code useDefaults} false, only what is given is used (nothing is
     * picked up beside the warehouse).
     */
    static ReportSources resolve(
            String warehouseUrl,
            Path out,
            List<Path> evaluations,
            Path model,
            boolean useDefaults) {
        WarehouseUrl url;
        try {
            url = WarehouseUrl.parse(warehouseUrl);
        } catch (RuntimeException e) {
            throw new ReportException(e.getMessage(), true, e);
        }
        Path beside = null;
        if (url.engine() == WarehouseUrl.Engine.DUCKDB && url.path() != null) {
            if (!Files.isRegularFile(url.path())) {
                throw new ReportException(
                        "warehouse file "
                                + url.path()
                                + " does not exist; run 'spotrec demo', 'spotrec crawl' or"
                                + " 'spotrec import' first, or pass --warehouse",
                        true);
            }
            Path parent = url.path().toAbsolutePath().getParent();
            beside = parent == null ? Path.of(".") : parent;
        }
        List<String> notes = new ArrayList<>();
        List<Path> evals = new ArrayList<>(evaluations);
        if (evals.isEmpty()
                && useDefaults
                && beside != null
                && Files.isRegularFile(beside.resolve(EVALUATION_FILE))) {
            evals.add(beside.resolve(EVALUATION_FILE));
            notes.add("using " + beside.resolve(EVALUATION_FILE) + " (beside the warehouse)");
        }
        Path modelDir = model;
        if (modelDir != null && !Files.isRegularFile(modelDir.resolve("model.properties"))) {
            throw new ReportException(
                    "model directory "
                            + modelDir
                            + " holds no model.properties; pass a directory written by 'spotrec"
                            + " train'",
                    true);
        }
        if (modelDir == null
                && useDefaults
                && beside != null
                && Files.isRegularFile(beside.resolve(MODEL_DIR).resolve("model.properties"))) {
            modelDir = beside.resolve(MODEL_DIR);
            notes.add("using model " + modelDir + " (beside the warehouse)");
        }
        Path outDir = out;
        if (outDir == null) {
            if (beside == null) {
                throw new ReportException(
                        "--out DIR is required for a " + url.engine() + " warehouse", true);
            }
            outDir = beside.resolve(REPORT_DIR);
        }
        return new ReportSources(warehouseUrl, url, outDir, evals, modelDir, notes);
    }

    /**
     * The experiment's results, or null when this warehouse has no experiment tables yet (a schema
     * from before them, opened read-only).
     */
    private static ExperimentResults experiment(Warehouse wh) {
        if (wh.schemaVersion() < EXPERIMENT_SCHEMA) {
            return null;
        }
        // Reading results draws no random numbers and stamps nothing.
        return Experiment.open(wh, new SplittableRandom(0), Clock.systemUTC()).results();
    }

    /**
     * Reads every part: the warehouse summary, the evaluations, and from the model its popularity
     * profile ({@code sample} lists) and training history.
     */
    ReportInputs.Builder gather(ReportInputs.Builder b, int sample) {
        for (Path f : evaluations) {
            b.evaluation(EvaluationFiles.read(f));
        }
        try (Warehouse wh = Warehouse.openReadOnly(warehouseUrl)) {
            b.dataset(DatasetSummary.of(wh));
            b.experiment(experiment(wh));
        }
        if (model != null) {
            try {
                Recommender r = ModelStore.load(model);
                b.popularity(PopularityProfile.measure(r, sample, 50, 1));
                b.history(ModelStore.history(model));
            } catch (RecommenderException e) {
                throw new ReportException(e.getMessage(), true, e);
            }
        }
        return b;
    }
}
