package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.Emulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code spotrec login} through the emulator's consent page, as a browser would follow it. */
class LoginCommandIT {
    @TempDir Path dir;

    @Test
    void loginSavesOwnerOnlyTokensAndPrintsNoSecret() throws Exception {
        var world =
                dev.spotrec.datasets.Worlds.load(
                        "synthetic:seed=5,users=5,artists=5,tracks=20,playlists=5,length=4");
        String user = world.users().get(0).id();
        try (Emulator emu = Emulator.builder().world(world).autoConsent(user).start()) {
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));
            LoginCommand login = (LoginCommand) cli.getSubcommands().get("login").getCommand();
            login.env =
                    Map.of("SPOTIFY_CLIENT_ID", "demo-client", "XDG_CONFIG_HOME", dir.toString());
            CompletableFuture<Integer> code =
                    CompletableFuture.supplyAsync(
                            () ->
                                    cli.execute(
                                            "login",
                                            "--api-url",
                                            emu.apiUrl(),
                                            "--accounts-url",
                                            emu.accountsUrl(),
                                            "--port",
                                            "0",
                                            "--timeout",
                                            "30s"));
            URI authorize = awaitUrl(err);
            HttpClient browser =
                    HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
            browser.send(
                    HttpRequest.newBuilder(authorize).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(code.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
            Path token = dir.resolve("spotrec").resolve("token.json");
            assertThat(token).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token)))
                    .isEqualTo("rw-------");
            String json = Files.readString(token);
            Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
            assertThat(m.find()).isTrue();
            assertThat(err.toString()).contains("logged in").doesNotContain(m.group(1));
        }
    }

    private static URI awaitUrl(StringWriter err) throws InterruptedException {
        Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/authorize\\S*)");
        for (int i = 0; i < 300; i++) {
            Matcher m = url.matcher(err.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no authorize URL printed: " + err);
    }
}
