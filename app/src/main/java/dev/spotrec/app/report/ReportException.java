package dev.spotrec.app.report;

/**
 * The one unchecked exception of the report package: a report could not be gathered or written.
 * {@link #isBadInput()} tells the CLI whether the user gave bad input (a missing or corrupt file,
 * an output directory that is not a report) rather than the machine failing.
 */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    /** A failure; {@code badInput} when the caller's input is at fault. */
    public ReportException(String message, boolean badInput, Throwable cause) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** A failure without a cause. */
    public ReportException(String message, boolean badInput) {
        this(message, badInput, null);
    }

    /** {@return whether the input (files, paths, options) is at fault} */
    public boolean isBadInput() {
        return badInput;
    }
}
