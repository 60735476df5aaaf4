package dev.spotrec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that no token or secret reached the browser or the log. */
final class WebSecurityChecks {
    private WebSecurityChecks() {}

    static void assertNoSecrets(WebWorld w, TestBrowser browser) {
        var secrets = w.secrets();
        assertThat(secrets).hasSizeGreaterThan(2);
        String transcript = browser.transcript();
        String log = String.join("\n", w.log);
        for (String s : secrets) {
            assertThat(transcript).as("pages, JSON and headers").doesNotContain(s);
            assertThat(log).as("log").doesNotContain(s);
        }
    }
}
