package dev.spotrec.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the web server's events as log lines: logins, saves, votes and failed requests. The
 * lines never hold a token, an authorization code or the client secret (only user ids, playlist ids
 * and exception classes and messages, which the Spotify client redacts).
 */
@FunctionalInterface
public interface WebListener {

    /**
     * One event.
     *
     * @param level {@code info} or {@code warn}
     * @param message what happened
     */
    void event(String level, String message);

    /** Logs through SLF4J under {@code dev.spotrec.app.web}. */
    WebListener SLF4J =
            new WebListener() {
                private final Logger log = LoggerFactory.getLogger("dev.spotrec.app.web");

                @Override
                public void event(String level, String message) {
                    if ("warn".equals(level)) {
                        log.warn(message);
                    } else {
                        log.info(message);
                    }
                }
            };
}
