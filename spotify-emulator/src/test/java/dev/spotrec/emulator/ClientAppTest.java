package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAppTest {
    @Test
    void demoClientAcceptsLoopbackRedirectsOnAnyPort() {
        assertThat(ClientApp.DEMO.allowsRedirect("http://127.0.0.1:8080/callback")).isTrue();
        assertThat(ClientApp.DEMO.allowsRedirect("http://[::1]:5173/cb")).isTrue();
        assertThat(ClientApp.DEMO.allowsRedirect("http://localhost:8080/callback")).isFalse();
        assertThat(ClientApp.DEMO.allowsRedirect("https://example.com/cb")).isFalse();
    }

    @Test
    void parsesIdColonSecretWithoutEchoingTheSecret() {
        ClientApp app = ClientApp.parse("my-app:s3cret");
        assertThat(app.id()).isEqualTo("my-app");
        assertThat(app.secret()).isEqualTo("s3cret");
        assertThat(app.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> ClientApp.parse("no-secret")).hasMessageContaining("ID:SECRET");
        assertThatThrownBy(() -> ClientApp.parse(":s3cret")).hasMessageNotContaining("s3cret");
    }

    @Test
    void refusesRedirectPatternsAgainstThe2026Rules() {
        assertThatThrownBy(() -> ClientApp.DEMO.withRedirectPatterns(List.of("http://localhost:*")))
                .hasMessageContaining("localhost");
        assertThatThrownBy(
                        () -> ClientApp.DEMO.withRedirectPatterns(List.of("http://example.com/cb")))
                .hasMessageContaining("https");
        assertThat(
                        ClientApp.DEMO
                                .withRedirectPatterns(List.of("https://app.example.org/cb"))
                                .allowsRedirect("https://app.example.org/cb"))
                .isTrue();
    }

    @Test
    void modesParseByName() {
        assertThat(Mode.parse("Development")).isEqualTo(Mode.DEVELOPMENT);
        assertThatThrownBy(() -> Mode.parse("premium")).hasMessageContaining("'premium'");
    }
}
