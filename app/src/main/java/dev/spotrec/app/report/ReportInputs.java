package dev.spotrec.app.report;

import dev.spotrec.app.experiment.ExperimentResults;
import dev.spotrec.recommender.EpochStat;
import dev.spotrec.recommender.eval.EvaluationReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a report can show. Every part is optional: a missing part (null or empty) gets a
 * sentence on the page saying what is missing and which command produces it.
 *
 * @param title the page title
 * @param generatedAt when the report was made (from the caller's clock)
 * @param dataset the warehouse and crawl summary, or null
 * @param evaluations evaluation results, possibly empty
 * @param popularity where recommendations fall on the popularity curve, or null
 * @param history the model's training history (loss per epoch), possibly empty
 * @param experiment the blind experiment's results, or null
 */
public record ReportInputs(
        String title,
        Instant generatedAt,
        DatasetSummary dataset,
        List<EvaluationReport> evaluations,
        PopularityProfile popularity,
        List<EpochStat> history,
        ExperimentResults experiment) {

    /** Validates and copies. */
    public ReportInputs {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("ReportInputs: title must not be blank");
        }
        if (generatedAt == null) {
            throw new IllegalArgumentException("ReportInputs: generatedAt must be set");
        }
        evaluations = List.copyOf(evaluations);
        history = List.copyOf(history);
    }

    /**
     * Gathers every part the way {@code spotrec report} does: the warehouse summary (and its
     * experiment results), the evaluation documents, and from the model directory its popularity
     * profile and training history. For {@code spotrec demo}: {@code
     * ReportWriter.write(ReportInputs.collect(wh, modelDir, List.of(evaluationJson), now), out)}.
     *
     * @param warehouseUrl the warehouse; it must not be open read-write in this process
     * @param modelDir a model directory from {@code spotrec train}, or null
     * @param evaluationFiles documents from {@code spotrec evaluate --json FILE}
     * @param generatedAt when the report is made
     * @throws ReportException (bad input) naming a missing or unusable input
     */
    public static ReportInputs collect(
            String warehouseUrl, Path modelDir, List<Path> evaluationFiles, Instant generatedAt) {
        ReportSources sources =
                ReportSources.resolve(
                        warehouseUrl, Path.of("report"), evaluationFiles, modelDir, false);
        return sources.gather(builder().generatedAt(generatedAt), ReportSources.SAMPLE).build();
    }

    /** A builder with the title "spotrec report"; only {@code generatedAt} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReportInputs}; every part may be left out. */
    public static final class Builder {
        private String title = "spotrec report";
        private Instant generatedAt;
        private DatasetSummary dataset;
        private final List<EvaluationReport> evaluations = new ArrayList<>();
        private PopularityProfile popularity;
        private List<EpochStat> history = List.of();
        private ExperimentResults experiment;

        private Builder() {}

        /** The page title. */
        public Builder title(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("title must not be blank, got '" + value + "'");
            }
            this.title = value;
            return this;
        }

        /** When the report was made. */
        public Builder generatedAt(Instant value) {
            if (value == null) {
                throw new IllegalArgumentException("generatedAt must not be null");
            }
            this.generatedAt = value;
            return this;
        }

        /** The warehouse and crawl summary. */
        public Builder dataset(DatasetSummary value) {
            this.dataset = value;
            return this;
        }

        /** Adds one evaluation's results. */
        public Builder evaluation(EvaluationReport value) {
            if (value == null) {
                throw new IllegalArgumentException("evaluation must not be null");
            }
            evaluations.add(value);
            return this;
        }

        /** The popularity profile of the model's recommendations. */
        public Builder popularity(PopularityProfile value) {
            this.popularity = value;
            return this;
        }

        /** The training history, as {@code ModelStore.history(modelDir)} reads it. */
        public Builder history(List<EpochStat> value) {
            if (value == null) {
                throw new IllegalArgumentException("history must not be null (pass List.of())");
            }
            this.history = List.copyOf(value);
            return this;
        }

        /** The experiment's results, as {@code Experiment.results()} gives them. */
        public Builder experiment(ExperimentResults value) {
            this.experiment = value;
            return this;
        }

        /** Builds the inputs. */
        public ReportInputs build() {
            if (generatedAt == null) {
                throw new IllegalArgumentException(
                        "generatedAt must be set (pass the time from your clock)");
            }
            return new ReportInputs(
                    title, generatedAt, dataset, evaluations, popularity, history, experiment);
        }
    }
}
