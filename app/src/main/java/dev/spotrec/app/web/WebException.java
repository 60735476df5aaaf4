package dev.spotrec.app.web;

/**
 * The web app's one unchecked exception family: a server that cannot start, or a request that
 * cannot be answered. {@link #status()} is the HTTP status the user sees; the message is shown to
 * them, so it never holds a token, code or secret.
 */
public class WebException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status to answer with
     * @param message what went wrong and what to do, safe to show
     */
    public WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    /**
     * Creates the exception with a cause (kept for the server log only).
     *
     * @param status the HTTP status to answer with
     * @param message what went wrong and what to do, safe to show
     * @param cause the cause
     */
    public WebException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** {@return the HTTP status to answer with} */
    public int status() {
        return status;
    }

    static WebException notLoggedIn() {
        return new WebException(401, "Your login has expired or is missing. Please log in again.");
    }

    static WebException notFound(String what) {
        return new WebException(404, what);
    }

    static WebException forbidden(String why) {
        return new WebException(403, why);
    }

    static WebException badRequest(String why) {
        return new WebException(400, why);
    }
}
