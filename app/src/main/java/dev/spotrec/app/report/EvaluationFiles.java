package dev.spotrec.app.report;

import dev.spotrec.recommender.eval.EvaluationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON document {@code spotrec evaluate --json FILE} writes (an {@link EvaluationReport}
 * serialised by Jackson) back into the record tree. NaN metrics, which Jackson writes as bare
 * {@code NaN} tokens, are accepted; unknown fields are ignored.
 */
final class EvaluationFiles {
    private static final JsonMapper MAPPER =
            JsonMapper.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();

    private EvaluationFiles() {}

    /**
     * Reads one evaluation file.
     *
     * @throws ReportException (bad input) when the file is missing, unreadable or not an evaluation
     *     document
     */
    static EvaluationReport read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(
                    "evaluation file "
                            + file
                            + " does not exist; write one with 'spotrec evaluate ... --json FILE'",
                    true);
        }
        try {
            EvaluationReport report = MAPPER.readValue(file.toFile(), EvaluationReport.class);
            if (report == null || report.models() == null) {
                throw new ReportException(
                        "evaluation file " + file + " holds no evaluation (no 'models')", true);
            }
            return report;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new ReportException(
                    "evaluation file "
                            + file
                            + " is not an evaluation written by 'spotrec evaluate --json': "
                            + firstLine(e.getMessage()),
                    true,
                    e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
