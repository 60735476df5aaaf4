package dev.spotrec.datasets;

import java.nio.file.Path;

/**
 * Input that does not follow its dataset format: a truncated file, a bad field, a wrong encoding.
 * The message names the file, the position (line, or byte offset for JSON) and the problem.
 */
public final class DatasetFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final long byteOffset;
    private final String problem;

    private DatasetFormatException(
            Path file, long line, long byteOffset, String problem, Throwable cause) {
        super(message(file, line, byteOffset, problem), cause);
        this.file = file;
        this.line = line;
        this.byteOffset = byteOffset;
        this.problem = problem;
    }

    /** A problem on a 1-based line of a text file. */
    public static DatasetFormatException atLine(Path file, long line, String problem) {
        return new DatasetFormatException(file, line, -1, problem, null);
    }

    /** A problem on a 1-based line of a text file, caused by {@code cause}. */
    public static DatasetFormatException atLine(
            Path file, long line, String problem, Throwable cause) {
        return new DatasetFormatException(file, line, -1, problem, cause);
    }

    /** A problem at a byte offset (and, when known, line) of a JSON file. */
    public static DatasetFormatException atOffset(
            Path file, long line, long byteOffset, String problem, Throwable cause) {
        return new DatasetFormatException(file, line, byteOffset, problem, cause);
    }

    /** A problem with a file or directory as a whole (missing, unreadable, empty). */
    public static DatasetFormatException inFile(Path file, String problem, Throwable cause) {
        return new DatasetFormatException(file, -1, -1, problem, cause);
    }

    /** The offending file. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** The 0-based byte offset, or -1 when unknown. */
    public long byteOffset() {
        return byteOffset;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    private static String message(Path file, long line, long offset, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (offset >= 0) {
            sb.append(", byte offset ").append(offset);
        }
        return sb.append(": ").append(problem).toString();
    }
}
