package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a crawling child JVM with {@code destroyForcibly} (SIGKILL) at three random moments,
 * resumes each time, and checks the final content equals an uninterrupted crawl's.
 */
class KillResumeIT {
    @TempDir Path dir;

    @Test
    void resumesCrawlAfterKillToIdenticalContent() throws Exception {
        try (Emulator emu =
                Emulator.builder().world(CrawlFixture.WORLD).mode(Mode.EXTENDED).start()) {
            String reference = "duckdb:" + dir.resolve("reference.duckdb");
            assertThat(CrawlFixture.crawl(emu, reference, false, 0).status())
                    .isEqualTo("completed");
            String url = "duckdb:" + dir.resolve("killed.duckdb");
            Random random = new Random(42);
            int killed = 0;
            for (int i = 0; i < 3; i++) {
                Process p = start(emu, url, i > 0);
                long delay = 1500 + random.nextInt(2500);
                if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor();
                    killed++;
                } else {
                    assertThat(p.exitValue()).as("early exit of run %d", i).isZero();
                }
            }
            assertThat(killed).as("kills that hit a running crawl").isPositive();
            Process last = start(emu, url, true);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();
            assertThat(Contents.dump(url)).isEqualTo(Contents.dump(reference));
        }
    }

    private static Process start(Emulator emu, String url, boolean resume) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd =
                List.of(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrawlMain.class.getName(),
                        emu.apiUrl(),
                        emu.accountsUrl(),
                        url,
                        String.join("|", CrawlFixture.seeds(emu)),
                        Boolean.toString(resume));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(new File(url.substring("duckdb:".length()) + ".log"))
                .start();
    }
}
