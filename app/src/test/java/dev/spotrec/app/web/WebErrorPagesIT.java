package dev.spotrec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.junit.EmulatorExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Friendly error pages: rate limiting with when to retry, a generic 500, no model (503). */
class WebErrorPagesIT {
    static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    static Emulator emu;
    static WebServer web;
    static String base;
    static String user;

    @BeforeAll
    static void start() {
        emu = Emulator.builder().world(EmulatorExtension.SMALL_WORLD).start();
        web =
                WebServer.builder()
                        .apiUrl(emu.apiUrl())
                        .accountsUrl(emu.accountsUrl())
                        .client("demo-client", "demo-secret")
                        .port(0)
                        .listener((level, message) -> LOG.add(level + " " + message))
                        .extraRoutes(
                                r ->
                                        r.get(
                                                "/test/boom",
                                                ctx -> {
                                                    throw new IllegalStateException(
                                                            "internal detail 4711");
                                                }))
                        .build()
                        .start();
        base = web.url().toString();
        user = WebWorld.playlistOwner(emu);
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
        if (emu != null) {
            emu.close();
        }
    }

    @Test
    void rateLimitingSaysWhenToRetry() throws Exception {
        TestBrowser b = TestBrowser.loggedIn(base, user);
        emu.faults("429=1x1000,retry-after=1800,paths=/v1/me/top");
        try {
            HttpResponse<String> page = b.get(base + "/top");
            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.body())
                    .contains("data-status=\"429\"")
                    .contains("id=\"retry-at\"")
                    .contains("Please try again after");
            long seconds =
                    Long.parseLong(
                            page.body()
                                    .replaceAll(
                                            "(?s).*data-retry-after-seconds=\"(\\d+)\".*", "$1"));
            assertThat(seconds).isBetween(1700L, 1800L);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> api = b.get(base + "/api/top");
            assertThat(api.statusCode()).isEqualTo(429);
            assertThat(api.body()).contains("\"retryAfterSeconds\"");
        } finally {
            emu.faults("none");
        }
    }

    @Test
    void anUnexpectedFailureShowsAFriendlyPageWithoutAStackTrace() throws Exception {
        TestBrowser b = new TestBrowser(true);
        HttpResponse<String> page = b.get(base + "/test/boom");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body())
                .contains("data-status=\"500\"")
                .contains("Something went wrong")
                .doesNotContain("IllegalStateException")
                .doesNotContain("internal detail")
                .doesNotContain("at dev.spotrec");
        assertThat(LOG).anyMatch(l -> l.contains("/test/boom failed: IllegalStateException"));
    }

    @Test
    void withoutAModelTheContinuationSaysSo() throws Exception {
        TestBrowser b = TestBrowser.loggedIn(base, user);
        String playlist = emu.playlistsOwnedBy(user).getFirst().id();
        HttpResponse<String> page = b.get(base + "/playlists/" + playlist);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("no trained model");
    }
}
