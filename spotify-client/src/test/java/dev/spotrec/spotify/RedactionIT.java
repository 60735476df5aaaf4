package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spotrec.spotify.auth.Pkce;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.Token;
import dev.spotrec.spotify.auth.TokenStore;
import dev.spotrec.spotify.testing.FakeResponse;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens, client secrets, refresh tokens, authorization codes and PKCE verifiers never appear in
 * logs, events, exception messages or {@code toString()}, even when the server echoes them.
 */
class RedactionIT {

    private static final String SECRET = "client-secret-5f1e2d";
    private static final String ACCESS = "access-token-9a8b7c";
    private static final String REFRESH = "refresh-token-3c4d5e";
    private static final String CODE = "authorization-code-7e6f";

    @RegisterExtension final FakeSpotifyServer server = new FakeSpotifyServer();

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final System.Logger capture =
            new System.Logger() {
                @Override
                public String getName() {
                    return "capture";
                }

                @Override
                public boolean isLoggable(Level level) {
                    return true;
                }

                @Override
                public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
                    logged.add(msg);
                }

                @Override
                public void log(
                        Level level, ResourceBundle bundle, String format, Object... params) {
                    logged.add(
                            params == null
                                    ? format
                                    : java.text.MessageFormat.format(format, params));
                }
            };

    @Test
    void secretsAppearNowhere() {
        List<String> seen = new ArrayList<>();
        FakeTime time = new FakeTime();
        TokenStore store = TokenStore.inMemory();
        server.dispatcher(
                r -> {
                    if (r.path().equals("/api/token")
                            && "authorization_code".equals(r.form().get("grant_type"))) {
                        return FakeResponse.ok(
                                "{\"access_token\":\""
                                        + ACCESS
                                        + "\",\"token_type\":\"Bearer\","
                                        + "\"expires_in\":3600,\"refresh_token\":\""
                                        + REFRESH
                                        + "\"}");
                    }
                    if (r.path().equals("/api/token")) {
                        return FakeResponse.json(
                                400,
                                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh "
                                        + "token "
                                        + REFRESH
                                        + " for client "
                                        + SECRET
                                        + "\"}");
                    }
                    if (r.path().equals("/v1/me")) {
                        return FakeResponse.error(401, "The access token expired");
                    }
                    return null;
                });
        SpotifyClient client =
                TestClients.builder(server, time)
                        .auth(SpotifyAuth.user("test-client", SECRET, store))
                        .eventListener(
                                SpotifyEventListener.logging(capture)
                                        .andThen(e -> seen.add(e.toString())))
                        .build();
        Pkce pkce = Pkce.generate();
        URI redirect = URI.create("http://127.0.0.1:8888/callback");

        Token token = client.authorization().exchangeCode(CODE, redirect, pkce);
        Throwable failure = catchThrowable(() -> client.users().me());

        assertThat(failure).isInstanceOf(InvalidGrantException.class);
        seen.add(failure.getMessage());
        seen.add(failure.toString());
        seen.add(stackTrace(failure));
        seen.add(token.toString());
        seen.add(store.load().orElseThrow().toString());
        seen.add(client.toString());
        seen.add(SpotifyAuth.user("test-client", SECRET, store).toString());
        seen.add(SpotifyAuth.accessToken(ACCESS).toString());
        seen.add(pkce.toString());
        seen.add(
                client.authorization()
                        .authorizeUrl(redirect, List.of(), "state-1", pkce)
                        .toString());
        seen.addAll(logged);

        assertThat(logged).as("the logging listener logged the calls").isNotEmpty();
        assertThat(String.join("\n", seen))
                .doesNotContain(SECRET, ACCESS, REFRESH, CODE, pkce.verifier());
        assertThat(server.requests("/api/token").get(0).form()).containsEntry("code", CODE);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
