package dev.spotrec.warehouse;

import java.sql.SQLException;

/**
 * The one exception the warehouse throws. It wraps a {@link SQLException} (or an I/O error) once,
 * at the boundary, with a message that names the warehouse, table or file involved and says what to
 * do. {@link #isBadInput()} tells a caller (the CLI) whether the user gave bad input (a malformed
 * URL, a missing or read-only file) rather than the warehouse failing.
 */
public final class WarehouseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    private WarehouseException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** A failure of the warehouse itself, caused by {@code cause}. */
    public static WarehouseException failure(String message, Throwable cause) {
        return new WarehouseException(message, cause, false);
    }

    /** Input the user can fix: a malformed URL, a missing or read-only file, a bad query. */
    public static WarehouseException badInput(String message, Throwable cause) {
        return new WarehouseException(message, cause, true);
    }

    /** Whether the user's input caused this (exit code 2 on the command line). */
    public boolean isBadInput() {
        return badInput;
    }

    /** The wrapped driver exception, when there is one. */
    public SQLException sqlCause() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return e;
            }
        }
        return null;
    }
}
