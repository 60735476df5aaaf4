package dev.spotrec.app.data;

import dev.spotrec.recommender.eval.EvaluationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code spotrec evaluate --json} document: {@code format} ({@value #FORMAT}) and {@code
 * version}, then the {@link EvaluationReport} as a plain tree: {@code dataset}, {@code protocol},
 * {@code seeds}, {@code sizes} (split sizes per seed), {@code models} (per model: {@code metrics}
 * name to {@code {mean, low, high}}, {@code groups} (RecSys-2018 group to metric means), {@code
 * runs} per seed with the tuned {@code settings}, every validation {@code trials} point, {@code
 * fitSeconds}, {@code testSeconds}) and {@code seconds} (wall time). Non-finite numbers are written
 * as the strings {@code "NaN"} and {@code "Infinity"} and read back.
 */
public final class EvaluationJson {
    /** The format name in every document. */
    public static final String FORMAT = "spotrec-evaluation";

    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private static final JsonMapper JSON =
            JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();

    private EvaluationJson() {}

    /** The document as text. */
    public static String toJson(EvaluationReport report) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.setAll((ObjectNode) JSON.valueToTree(report));
        return JSON.writeValueAsString(doc);
    }

    /** Writes the document to {@code file} (through a temporary file, then a rename). */
    public static void write(EvaluationReport report, Path file) {
        Path abs = file.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempFile(abs.getParent(), ".evaluation", ".tmp");
            try {
                Files.writeString(tmp, toJson(report) + "\n");
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document back.
     *
     * @throws IllegalArgumentException naming the file when it is not an evaluation document of
     *     this version
     */
    public static EvaluationReport read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read " + file + ": " + e.getMessage() + "; run spotrec evaluate --json",
                    e);
        }
        return parse(text, file.toString());
    }

    /** Parses a document; {@code source} names it in errors. */
    public static EvaluationReport parse(String text, String source) {
        try {
            JsonNode doc = JSON.readTree(text);
            if (!FORMAT.equals(doc.path("format").asString(""))
                    || doc.path("version").asInt(-1) != VERSION) {
                throw new IllegalArgumentException(
                        source
                                + " is not a "
                                + FORMAT
                                + " version "
                                + VERSION
                                + " document; write it with spotrec evaluate --json FILE");
            }
            return JSON.treeToValue(doc, EvaluationReport.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    source + " is not valid evaluation JSON: " + e.getOriginalMessage(), e);
        }
    }
}
