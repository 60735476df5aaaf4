package dev.spotrec.emulator;

/**
 * The one unchecked exception family of the emulator's API: the server could not start (port taken,
 * world failed to load) or a call on a running emulator was misused. Bad builder arguments raise
 * {@link IllegalArgumentException} instead, naming the argument and the value.
 */
public class EmulatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a message that says what failed and what to do. */
    public EmulatorException(String message) {
        super(message);
    }

    /** An error with a message and its cause. */
    public EmulatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
