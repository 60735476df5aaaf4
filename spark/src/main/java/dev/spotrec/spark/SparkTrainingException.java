package dev.spotrec.spark;

/**
 * The one unchecked exception of the spark module. {@link #isBadInput()} separates what the user
 * can fix (a bad master URL or setting, a missing or malformed Parquet export, an export that does
 * not match the training data) from failures of Spark itself. The message names the input and says
 * what to do.
 */
public final class SparkTrainingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    private SparkTrainingException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** Input the user can fix (CLI exit code 2). */
    static SparkTrainingException badInput(String message) {
        return new SparkTrainingException(message, null, true);
    }

    /** Input the user can fix, with the underlying cause. */
    static SparkTrainingException badInput(String message, Throwable cause) {
        return new SparkTrainingException(message, cause, true);
    }

    /** Spark or the cluster failed (CLI exit code 1). */
    static SparkTrainingException failure(String message, Throwable cause) {
        return new SparkTrainingException(message, cause, false);
    }

    /** Returns whether the cause is bad input (master URL, settings, export) rather than Spark. */
    public boolean isBadInput() {
        return badInput;
    }
}
