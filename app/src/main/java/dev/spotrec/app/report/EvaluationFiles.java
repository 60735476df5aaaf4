package dev.spotrec.app.report;

import dev.spotrec.app.data.EvaluationJson;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.eval.EvaluationReport;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the documents {@code spotrec evaluate --json FILE} writes ({@link EvaluationJson}), turning
 * every failure into a bad-input {@link ReportException} that names the file.
 */
final class EvaluationFiles {
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
            return EvaluationJson.read(file);
        } catch (IllegalArgumentException | RecommenderException e) {
            throw new ReportException(
                    "evaluation file " + file + " is not usable: " + firstLine(e.getMessage()),
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
