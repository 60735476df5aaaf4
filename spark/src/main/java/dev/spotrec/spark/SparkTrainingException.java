package dev.spotrec.spark;

/**
 * The one unchecked exception of the spark module: a bad master URL, a missing or malformed Parquet
 * export, an export that does not match the training data, or a Spark job that failed. The message
 * names the input and says what to do.
 */
public final class SparkTrainingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the input. */
    public SparkTrainingException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming the input and the underlying cause. */
    public SparkTrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
