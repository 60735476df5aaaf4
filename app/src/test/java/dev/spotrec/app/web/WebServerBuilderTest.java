package dev.spotrec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebServerBuilderTest {
    @Test
    void rejectsBadArgumentsNamingThem() {
        WebServer.Builder b = WebServer.builder();
        assertThatThrownBy(() -> b.port(70000))
                .hasMessageContaining("port")
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> b.apiUrl("ftp://x")).hasMessageContaining("apiUrl");
        assertThatThrownBy(() -> b.accountsUrl("not a url")).hasMessageContaining("accountsUrl");
        assertThatThrownBy(() -> b.client(" ", "s")).hasMessageContaining("SPOTIFY_CLIENT_ID");
        assertThatThrownBy(() -> b.bind("")).hasMessageContaining("bind");
        assertThatThrownBy(() -> b.sessionLifetime(Duration.ofHours(2), Duration.ofHours(1)))
                .hasMessageContaining("maxAge");
        assertThatThrownBy(b::build).hasMessageContaining("client(id, secret)");
    }

    @Test
    void defaultsToLoopbackAndKeepsTheSecretOutOfToString() {
        WebServer server = WebServer.builder().client("id", "very-secret").build();
        assertThat(server.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(server.toString()).doesNotContain("very-secret");
        assertThatThrownBy(server::url).isInstanceOf(IllegalStateException.class);
    }
}
