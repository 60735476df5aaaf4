package dev.spotrec.recommender;

import dev.spotrec.recommender.internal.ScoringModel;
import dev.spotrec.recommender.internal.StateIO;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Saves a fitted model to a directory and loads it back, ready to serve.
 *
 * <p>Layout (format version {@value #FORMAT_VERSION}): {@code model.properties} (format, version,
 * model name, settings), {@code data/} (the training data's keys, matrices and side data) and
 * {@code state/} (the model's parameters: ALS factors, kNN neighbour lists, the hybrid's trees).
 * Every array is one binary file that loading memory-maps and bulk-copies, so a demo-size model
 * loads in milliseconds. A directory of another format or version is refused with a message saying
 * to train again.
 *
 * <p>{@code history.tsv} holds the last fit's epochs and phases ({@link EpochStat}: model, epoch,
 * loss, seconds; tab-separated with a header line). It was added within version 1: a version-1
 * directory without it loads, and its {@link #history} is empty.
 */
public final class ModelStore {

    /** The directory format version this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final String FORMAT = "spotrec-model";
    private static final String HISTORY = "history.tsv";
    private static final String HISTORY_HEADER = "model\tepoch\tloss\tseconds";

    private ModelStore() {}

    /**
     * Writes {@code model} (fitted) to {@code dir}, creating it; existing files are overwritten.
     */
    public static void save(Recommender model, Path dir) {
        if (!(model instanceof ScoringModel scoring)) {
            throw new RecommenderException(
                    "ModelStore.save: model '" + model.name() + "' is not a spotrec model");
        }
        TrainingData data = model.data();
        StateIO.Writer w = new StateIO.Writer(dir);
        TrainingDataIO.write(w.sub("data"), data);
        scoring.save(w.sub("state"));
        writeHistory(dir.resolve(HISTORY), scoring.history());
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("version", String.valueOf(FORMAT_VERSION));
        p.setProperty("model", model.name());
        new TreeMap<>(model.settings()).forEach((k, v) -> p.setProperty("setting." + k, v));
        try (Writer out =
                Files.newBufferedWriter(dir.resolve("model.properties"), StandardCharsets.UTF_8)) {
            p.store(out, "spotrec model");
        } catch (IOException e) {
            throw new RecommenderException(
                    "cannot write " + dir.resolve("model.properties") + ": " + e.getMessage(), e);
        }
    }

    /** Loads a model saved by {@link #save}. */
    public static Recommender load(Path dir) {
        Path file = dir.resolve("model.properties");
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new RecommenderException(
                    "cannot read "
                            + file
                            + ": "
                            + e.getMessage()
                            + "; pass a model directory written by 'spotrec train'",
                    e);
        }
        if (!FORMAT.equals(p.getProperty("format"))
                || !String.valueOf(FORMAT_VERSION).equals(p.getProperty("version"))) {
            throw new RecommenderException(
                    "model directory "
                            + dir
                            + " has format "
                            + p.getProperty("format")
                            + " version "
                            + p.getProperty("version")
                            + ", but this spotrec reads "
                            + FORMAT
                            + " version "
                            + FORMAT_VERSION
                            + "; train the model again");
        }
        Map<String, String> settings = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("setting.")) {
                settings.put(key.substring("setting.".length()), p.getProperty(key));
            }
        }
        StateIO.Reader r = new StateIO.Reader(dir);
        TrainingData data = TrainingDataIO.read(r.sub("data"));
        ScoringModel model = (ScoringModel) Models.create(p.getProperty("model"), settings);
        model.load(r.sub("state"), data);
        model.history(history(dir));
        return model;
    }

    /**
     * Returns the epochs and phases of the fit saved in {@code modelDir}, in order (empty for a
     * directory saved before histories were kept).
     *
     * @throws RecommenderException when the history file cannot be read or is malformed
     */
    public static List<EpochStat> history(Path modelDir) {
        Path file = modelDir.resolve(HISTORY);
        if (!Files.isRegularFile(file)) {
            if (!Files.isRegularFile(modelDir.resolve("model.properties"))) {
                throw new RecommenderException(
                        "no model in "
                                + modelDir
                                + "; pass a model directory written by 'spotrec train'");
            }
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RecommenderException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<EpochStat> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (!line.isBlank()) {
                out.add(parseStat(file, n + 1, line));
            }
        }
        return List.copyOf(out);
    }

    private static EpochStat parseStat(Path file, int lineNo, String line) {
        String[] f = line.split("\t");
        try {
            if (f.length != 4) {
                throw new IllegalArgumentException("expected 4 tab-separated fields");
            }
            return new EpochStat(
                    f[0],
                    Integer.parseInt(f[1]),
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]));
        } catch (IllegalArgumentException e) {
            throw new RecommenderException(
                    file
                            + " line "
                            + lineNo
                            + " is not a history line ("
                            + e.getMessage()
                            + "): '"
                            + line
                            + "'; the model directory is damaged: train it again",
                    e);
        }
    }

    private static void writeHistory(Path file, List<EpochStat> history) {
        StringBuilder sb = new StringBuilder(HISTORY_HEADER).append('\n');
        for (EpochStat e : history) {
            sb.append(e.model()).append('\t').append(e.epoch()).append('\t');
            sb.append(e.loss()).append('\t').append(e.seconds()).append('\n');
        }
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RecommenderException(
                    "cannot write " + file + ": " + e.getMessage() + "; check the directory", e);
        }
    }
}
