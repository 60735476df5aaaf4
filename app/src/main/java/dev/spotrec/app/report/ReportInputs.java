package dev.spotrec.app.report;

import dev.spotrec.recommender.EpochStat;
import dev.spotrec.recommender.eval.EvaluationReport;
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
 */
public record ReportInputs(
        String title,
        Instant generatedAt,
        DatasetSummary dataset,
        List<EvaluationReport> evaluations,
        PopularityProfile popularity,
        List<EpochStat> history) {

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

        /** Builds the inputs. */
        public ReportInputs build() {
            if (generatedAt == null) {
                throw new IllegalArgumentException(
                        "generatedAt must be set (pass the time from your clock)");
            }
            return new ReportInputs(title, generatedAt, dataset, evaluations, popularity, history);
        }
    }
}
