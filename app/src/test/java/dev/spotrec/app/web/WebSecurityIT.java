package dev.spotrec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.MutableClock;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.emulator.ClientApp;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.RecordedRequest;
import dev.spotrec.emulator.junit.EmulatorExtension;
import dev.spotrec.spotify.auth.TokenStore;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login with Spotify through the emulator, sessions, CSRF and the secrecy of tokens. */
class WebSecurityIT {
    static final String SECRET = "web-test-secret-5f1c9a";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
    static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    static final List<TokenStore> STORES = Collections.synchronizedList(new ArrayList<>());
    static Emulator emu;
    static WebServer web;
    static String base;
    static String user;

    @BeforeAll
    static void start() {
        emu =
                Emulator.builder()
                        .world(EmulatorExtension.SMALL_WORLD)
                        .client(new ClientApp("web-test", SECRET, ClientApp.LOOPBACK, true))
                        .clock(CLOCK)
                        .start();
        web =
                WebServer.builder()
                        .apiUrl(emu.apiUrl())
                        .accountsUrl(emu.accountsUrl())
                        .client("web-test", SECRET)
                        .port(0)
                        .clock(CLOCK)
                        .listener((level, message) -> LOG.add(level + " " + message))
                        .tokenStores(
                                () -> {
                                    TokenStore s = TokenStore.inMemory();
                                    STORES.add(s);
                                    return s;
                                })
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
    void loginThroughTheConsentPageShowsTheUsersPlaylists() throws Exception {
        TestBrowser browser = new TestBrowser(true);
        HttpResponse<String> page = browser.login(base, user);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/playlists");
        assertThat(page.body()).contains("id=\"playlists\"");
        for (Playlist p : emu.playlistsOwnedBy(user)) {
            assertThat(page.body()).contains("data-playlist-id=\"" + p.id() + "\"");
        }
        String cookie = setCookie(browser);
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        assertNoSecrets(browser);
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        TestBrowser browser = new TestBrowser(true);
        browser.get(base + "/");
        browser.http.send(
                java.net.http.HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String before = sessionId(browser);
        browser.login(base, user);
        assertThat(sessionId(browser)).isNotEqualTo(before).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void postWithoutOrWithAWrongCsrfTokenIsRefused() throws Exception {
        TestBrowser browser = new TestBrowser(true);
        String page = browser.login(base, user).body();
        String csrf = TestBrowser.csrf(page);

        HttpResponse<String> none = browser.postForm(base + "/logout", Map.of());
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("id=\"error\"").contains("CSRF");
        HttpResponse<String> wrong = browser.postForm(base + "/logout", Map.of("csrf", csrf + "x"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        HttpResponse<String> json = browser.postJson(base + "/api/logout", "{}", null);
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.body()).startsWith("{\"error\"");
        assertThat(browser.get(base + "/playlists").statusCode()).isEqualTo(200);

        HttpResponse<String> ok = browser.postForm(base + "/logout", Map.of("csrf", csrf));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("id=\"login\"");
        assertThat(browser.get(base + "/playlists").statusCode()).isEqualTo(401);
    }

    @Test
    void aCallbackWithTheWrongStateIsRefused() throws Exception {
        TestBrowser browser = new TestBrowser(false);
        HttpResponse<String> login = browser.get(base + "/login");
        assertThat(login.statusCode()).isEqualTo(302);
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(emu.accountsUrl()).contains("code_challenge_method=S256");
        String state = query(location, "state");
        assertThat(state).hasSizeGreaterThanOrEqualTo(43);

        HttpResponse<String> forged = browser.get(base + "/callback?code=abc&state=forged" + state);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("state mismatch").doesNotContain("Exception");
        // The pending login is gone: even the right state no longer works.
        HttpResponse<String> replay = browser.get(base + "/callback?code=abc&state=" + state);
        assertThat(replay.statusCode()).isEqualTo(403);
        assertThat(browser.get(base + "/playlists").statusCode()).isEqualTo(401);
    }

    @Test
    void bindsToLoopbackByDefault() {
        WebServer server = WebServer.builder().client("web-test", null).port(0).build();
        assertThat(server.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(web.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(web.url().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndARevokedLoginAsksToLogInAgain() throws Exception {
        TestBrowser browser = new TestBrowser(true);
        browser.login(base, user);
        CLOCK.advance(Duration.ofMinutes(61));
        emu.clearRequests();
        HttpResponse<String> refreshed = browser.get(base + "/top");
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(refreshed.body()).contains("id=\"top-tracks\"");
        assertThat(emu.requests())
                .anySatisfy(
                        r -> {
                            assertThat(r.path()).isEqualTo("/api/token");
                            assertThat(r.body()).contains("grant_type=refresh_token");
                        });

        emu.revokeRefreshTokens(user);
        CLOCK.advance(Duration.ofMinutes(61));
        HttpResponse<String> expired = browser.get(base + "/top");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("id=\"login-again\"").contains("log in again");
        assertThat(browser.get(base + "/playlists").statusCode()).isEqualTo(401);
        assertNoSecrets(browser);
    }

    @Test
    void unknownPagesAndLoggedOutPagesAreFriendly() throws Exception {
        TestBrowser browser = new TestBrowser(true);
        HttpResponse<String> missing = browser.get(base + "/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("data-status=\"404\"").doesNotContain("at dev.");
        HttpResponse<String> loggedOut = browser.get(base + "/top");
        assertThat(loggedOut.statusCode()).isEqualTo(401);
        assertThat(loggedOut.body()).contains("id=\"login-again\"");
        HttpResponse<String> api = browser.get(base + "/api/playlists");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("json");
    }

    /** Every access token, refresh token and code the emulator saw, and the client secret. */
    static Set<String> secrets() {
        Set<String> secrets = new TreeSet<>();
        secrets.add(SECRET);
        synchronized (STORES) {
            for (TokenStore store : STORES) {
                store.load()
                        .ifPresent(
                                t -> {
                                    secrets.add(t.accessToken());
                                    if (t.refreshToken() != null) {
                                        secrets.add(t.refreshToken());
                                    }
                                });
            }
        }
        Pattern form = Pattern.compile("(?:refresh_token|code|code_verifier)=([^&]+)");
        for (RecordedRequest r : emu.requests()) {
            String auth = r.header("Authorization");
            if (auth != null && auth.startsWith("Bearer ") && !auth.contains("*")) {
                secrets.add(auth.substring(7));
            }
            if (r.body() != null) {
                Matcher m = form.matcher(r.body());
                while (m.find() && !m.group(1).contains("*")) {
                    secrets.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
                }
            }
        }
        return secrets;
    }

    static void assertNoSecrets(TestBrowser browser) {
        Set<String> secrets = secrets();
        assertThat(secrets).hasSizeGreaterThan(2);
        String transcript = browser.transcript();
        String log = String.join("\n", LOG);
        for (String s : secrets) {
            assertThat(transcript).as("pages and headers").doesNotContain(s);
            assertThat(log).as("log").doesNotContain(s);
        }
    }

    private static String setCookie(TestBrowser browser) {
        return browser.seen.stream()
                .flatMap(r -> r.headers().allValues("Set-Cookie").stream())
                .filter(c -> c.startsWith("spotrec_session=") && !c.startsWith("spotrec_session=;"))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private static String sessionId(TestBrowser browser) {
        return browser.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("spotrec_session"))
                .map(c -> c.getValue())
                .findFirst()
                .orElseThrow();
    }

    private static String query(String url, String name) {
        for (String kv : URI.create(url).getRawQuery().split("&")) {
            if (kv.startsWith(name + "=")) {
                return URLDecoder.decode(kv.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
