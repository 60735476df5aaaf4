package dev.spotrec.app.web.view;

/**
 * What every page shows around its content.
 *
 * @param title the page title
 * @param userName the logged-in user's display name, or {@code null} when logged out
 * @param csrf the session's CSRF token for the page's forms, or {@code null}
 */
public record Chrome(String title, String userName, String csrf) {
    /** Validates the title. */
    public Chrome {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
    }

    /** {@return whether a user is logged in} */
    public boolean loggedIn() {
        return userName != null;
    }
}
