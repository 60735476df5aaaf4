package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.junit.EmulatorExtension;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every OAuth flow of the Accounts service, and each way it refuses. */
class OAuthIT {
    static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    static final String REDIRECT = "http://127.0.0.1:8765/callback";
    static final String VERIFIER = "a-verifier-that-is-long-enough-to-be-valid-0123456789";

    @RegisterExtension
    static final EmulatorExtension SPOTIFY =
            new EmulatorExtension(
                    Emulator.builder()
                            .world(EmulatorExtension.SMALL_WORLD)
                            .clock(CLOCK)
                            .client(
                                    new ClientApp(
                                            "web-app",
                                            "web-secret",
                                            List.of("https://app.example.org/cb"),
                                            true)));

    private Emulator e() {
        return SPOTIFY.emulator();
    }

    private Http http() {
        return new Http(e().baseUrl());
    }

    private String user() {
        return e().world().users().get(1).id();
    }

    @Test
    void clientCredentialsGiveAnAppTokenForTheCatalog() {
        Http.Res r =
                http().form(
                                "/api/token",
                                Map.of("grant_type", "client_credentials"),
                                "demo-client",
                                "demo-secret");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("token_type").asString()).isEqualTo("Bearer");
        assertThat(r.json().path("expires_in").asInt()).isEqualTo(3600);
        assertThat(r.json().has("refresh_token")).isFalse();
        String token = r.json().path("access_token").asString();
        assertThat(http().get("/v1/tracks/" + e().world().tracks().getFirst().id(), token).status())
                .isEqualTo(200);
        Http.Res me = http().get("/v1/me", token);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.body())
                .isEqualTo(
                        "{\"error\":{\"status\":401,\"message\":\"This request requires user authentication.\"}}");
    }

    @Test
    void badSecretIsInvalidClient() {
        Http.Res r =
                http().form(
                                "/api/token",
                                Map.of("grant_type", "client_credentials"),
                                "demo-client",
                                "wrong");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body())
                .isEqualTo(
                        "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client secret\"}");
        Http.Res unknown =
                http().form(
                                "/api/token",
                                Map.of(
                                        "grant_type",
                                        "client_credentials",
                                        "client_id",
                                        "nobody",
                                        "client_secret",
                                        "x"),
                                null,
                                null);
        assertThat(unknown.json().path("error").asString()).isEqualTo("invalid_client");
        Http.Res noGrant = http().form("/api/token", Map.of(), "demo-client", "demo-secret");
        assertThat(noGrant.json().path("error").asString()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void consentPageListsUsersAndRedirectsWithCodeAndState() {
        Http.Res page = http().get(authorizeUrl(REDIRECT, "user-read-private", null), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<form method=\"post\" action=\"/authorize\"")
                .contains(user());
        String code = consent(REDIRECT, "user-read-private user-read-email", null, "xyz");
        Http.Res tokens = exchange(code, REDIRECT, null, true);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.json().path("scope").asString())
                .isEqualTo("user-read-private user-read-email");
        assertThat(tokens.json().path("refresh_token").asString()).startsWith("AQ");
        Http.Res me = http().get("/v1/me", tokens.json().path("access_token").asString());
        assertThat(me.json().path("id").asString()).isEqualTo(user());
        assertThat(me.json().path("email").asString()).contains("@");
    }

    @Test
    void deniedConsentRedirectsWithAccessDenied() {
        Http.Res r =
                http().form(
                                "/authorize",
                                authorizeParams(REDIRECT, "", null, "s1", "cancel"),
                                null,
                                null);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo(REDIRECT + "?error=access_denied&state=s1");
    }

    @Test
    void localhostRedirectIsRefused() {
        Http.Res r = http().get(authorizeUrl("http://localhost:8765/callback", "", null), null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body())
                .contains("INVALID_CLIENT: Insecure redirect URI")
                .contains("localhost");
        assertThat(r.header("Location")).isNull();
    }

    @Test
    void unregisteredOrPlainHttpRedirectIsRefused() {
        assertThat(http().get(authorizeUrl("https://evil.example.com/cb", "", null), null).body())
                .contains("INVALID_CLIENT: Invalid redirect URI");
        assertThat(http().get(authorizeUrl("http://192.168.1.5:80/cb", "", null), null).body())
                .contains("INVALID_CLIENT: Insecure redirect URI");
        Http.Res ipv6 = http().get(authorizeUrl("http://[::1]:9000/cb", "", null), null);
        assertThat(ipv6.status()).isEqualTo(200);
        assertThat(
                        http().get(
                                        "/authorize?client_id=nobody&response_type=code&redirect_uri="
                                                + enc(REDIRECT),
                                        null)
                                .body())
                .contains("INVALID_CLIENT: Invalid client");
    }

    @Test
    void unknownScopeRedirectsWithInvalidScope() {
        Http.Res r =
                http().get(
                                authorizeUrl(REDIRECT, "user-read-private not-a-scope", null)
                                        + "&state=q",
                                null);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo(REDIRECT + "?error=invalid_scope&state=q");
    }

    @Test
    void pkceExchangeNeedsTheMatchingVerifierAndNoSecret() throws Exception {
        String challenge =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
        String code = consent(REDIRECT, "user-top-read", challenge, "p");
        Http.Res wrong = exchange(code, REDIRECT, VERIFIER + "x", false);
        assertThat(wrong.body())
                .isEqualTo(
                        "{\"error\":\"invalid_grant\",\"error_description\":\"code_verifier was incorrect\"}");
        String code2 = consent(REDIRECT, "user-top-read", challenge, "p");
        Http.Res ok = exchange(code2, REDIRECT, VERIFIER, false);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        String refresh = ok.json().path("refresh_token").asString();
        Http.Res refreshed =
                http().form(
                                "/api/token",
                                Map.of(
                                        "grant_type",
                                        "refresh_token",
                                        "refresh_token",
                                        refresh,
                                        "client_id",
                                        "demo-client"),
                                null,
                                null);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().path("refresh_token").asString())
                .isNotBlank()
                .isNotEqualTo(refresh);
    }

    @Test
    void codeExpiresAndWorksOnlyOnce() {
        String code = consent(REDIRECT, "", null, "e");
        CLOCK.advance(Duration.ofMinutes(11));
        assertThat(exchange(code, REDIRECT, null, true).json().path("error_description").asString())
                .isEqualTo("Authorization code expired");
        String code2 = consent(REDIRECT, "", null, "e");
        assertThat(exchange(code2, REDIRECT, null, true).status()).isEqualTo(200);
        assertThat(exchange(code2, REDIRECT, null, true).json().path("error").asString())
                .isEqualTo("invalid_grant");
        String code3 = consent(REDIRECT, "", null, "e");
        assertThat(
                        exchange(code3, "http://127.0.0.1:1/other", null, true)
                                .json()
                                .path("error_description")
                                .asString())
                .isEqualTo("Invalid redirect URI");
    }

    @Test
    void refreshKeepsTheOldRefreshTokenUntilRevokedOrExpired() {
        Http.Res tokens =
                exchange(consent(REDIRECT, "user-read-private", null, "r"), REDIRECT, null, true);
        String refresh = tokens.json().path("refresh_token").asString();
        Http.Res refreshed = refresh(refresh);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().has("refresh_token"))
                .as("confidential refresh omits it")
                .isFalse();
        assertThat(refresh(refresh).status()).isEqualTo(200);
        assertThat(e().revokeRefreshToken(refresh)).isTrue();
        assertThat(refresh(refresh).body())
                .isEqualTo(
                        "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token revoked\"}");
        String other =
                exchange(consent(REDIRECT, "", null, "r"), REDIRECT, null, true)
                        .json()
                        .path("refresh_token")
                        .asString();
        CLOCK.advance(Duration.ofDays(183));
        assertThat(refresh(other).json().path("error_description").asString())
                .isEqualTo("Refresh token expired");
        assertThat(refresh("AQnotatoken").json().path("error").asString())
                .isEqualTo("invalid_grant");
    }

    @Test
    void accessTokensExpireAndBadTokensAre401() {
        String token = e().userToken(user(), Set.of());
        assertThat(http().get("/v1/me", token).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(3600));
        Http.Res expired = http().get("/v1/me", token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body())
                .isEqualTo("{\"error\":{\"status\":401,\"message\":\"The access token expired\"}}");
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(http().get("/v1/me", null).body()).contains("No token provided");
        assertThat(http().get("/v1/me", "garbage").body()).contains("Invalid access token");
    }

    @Test
    void recordedTokenRequestsHideSecrets() {
        e().clearRequests();
        http().form(
                        "/api/token",
                        Map.of("grant_type", "client_credentials"),
                        "demo-client",
                        "demo-secret");
        http().form(
                        "/api/token",
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                "AQsecret",
                                "client_id",
                                "demo-client",
                                "client_secret",
                                "demo-secret"),
                        null,
                        null);
        List<RecordedRequest> requests = e().requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).header("Authorization")).isEqualTo("Basic ***");
        assertThat(requests.get(0).clientId()).isEqualTo("demo-client");
        assertThat(requests.get(1).body())
                .contains("refresh_token=***")
                .contains("client_secret=***")
                .doesNotContain("AQsecret")
                .doesNotContain("demo-secret");
        assertThat(requests.toString()).doesNotContain("demo-secret");
    }

    private Http.Res refresh(String token) {
        return http().form(
                        "/api/token",
                        Map.of("grant_type", "refresh_token", "refresh_token", token),
                        "demo-client",
                        "demo-secret");
    }

    private String authorizeUrl(String redirect, String scope, String challenge) {
        StringBuilder sb =
                new StringBuilder(
                                "/authorize?client_id=demo-client&response_type=code&redirect_uri=")
                        .append(enc(redirect))
                        .append("&scope=")
                        .append(enc(scope));
        if (challenge != null) {
            sb.append("&code_challenge_method=S256&code_challenge=").append(challenge);
        }
        return sb.toString();
    }

    private Map<String, String> authorizeParams(
            String redirect, String scope, String challenge, String state, String decision) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("client_id", "demo-client");
        m.put("response_type", "code");
        m.put("redirect_uri", redirect);
        m.put("scope", scope);
        m.put("state", state);
        if (challenge != null) {
            m.put("code_challenge_method", "S256");
            m.put("code_challenge", challenge);
        }
        m.put("user", user());
        m.put("decision", decision);
        return m;
    }

    /** Submits the consent form; returns the code from the redirect. */
    private String consent(String redirect, String scope, String challenge, String state) {
        Http.Res r =
                http().form(
                                "/authorize",
                                authorizeParams(redirect, scope, challenge, state, "accept"),
                                null,
                                null);
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        URI location = URI.create(r.header("Location"));
        assertThat(location.toString()).startsWith(redirect + "?code=");
        Map<String, String> q = new HashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(q.get("state")).isEqualTo(state);
        return q.get("code");
    }

    private Http.Res exchange(String code, String redirect, String verifier, boolean withSecret) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "authorization_code");
        f.put("code", code);
        f.put("redirect_uri", redirect);
        if (verifier != null) {
            f.put("code_verifier", verifier);
            f.put("client_id", "demo-client");
        }
        return withSecret
                ? http().form("/api/token", f, "demo-client", "demo-secret")
                : http().form("/api/token", f, null, null);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
