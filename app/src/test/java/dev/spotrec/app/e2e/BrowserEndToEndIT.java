package dev.spotrec.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.Main;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.warehouse.ExperimentTrial;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole product in a real (headless) browser: log in through the emulator's consent page, open
 * a playlist's continuation with explanations, save it and check the new playlist in the emulator,
 * vote once in the blind experiment and find the vote in {@code spotrec experiment report --json}.
 * Screenshots of every page go to {@code app/target/screenshots/}.
 */
class BrowserEndToEndIT {
    @TempDir Path dir;

    private E2eWorld world;
    private HeadlessChromium browser;

    @BeforeEach
    void start() {
        HeadlessChromium.requireInstalled();
        world = new E2eWorld(dir);
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (world != null) {
            world.close();
        }
    }

    @Test
    void logsInContinuesSavesAndVotes() {
        Playlist playlist = world.ownedPlaylist();
        logIn(playlist.ownerId());
        List<String> shown = openContinuation(playlist);
        saveAndCheckInEmulator(playlist, shown);
        voteAndCheckReport(playlist);
    }

    private void logIn(String userId) {
        browser.open(world.base() + "/");
        browser.screenshot("home");
        browser.waitFor(By.id("login")).click();
        // The emulator's Accounts service asks for consent on its own origin.
        browser.waitFor(By.id("user_id")).sendKeys(userId);
        assertThat(browser.driver.getCurrentUrl()).startsWith(world.emulator.accountsUrl());
        browser.screenshot("consent");
        browser.driver.findElement(By.cssSelector("button[name=decision][value=accept]")).click();
        browser.waitFor(By.id("nav"));
        assertThat(browser.driver.getCurrentUrl()).startsWith(world.base());
    }

    private List<String> openContinuation(Playlist playlist) {
        browser.open(world.base() + "/playlists");
        WebElement row =
                browser.waitFor(
                        By.cssSelector("li.playlist[data-playlist-id='" + playlist.id() + "']"));
        browser.screenshot("playlists");
        row.findElement(By.cssSelector("a.playlist-link")).click();
        List<WebElement> items = browser.all(By.cssSelector("ol#continuation li.item"));
        browser.screenshot("continuation");
        assertThat(items).isNotEmpty();
        List<String> inPlaylist = playlist.items().stream().map(PlaylistItem::trackId).toList();
        List<String> ids = items.stream().map(li -> li.getAttribute("data-track-id")).toList();
        assertThat(ids).doesNotHaveDuplicates().doesNotContainAnyElementsOf(inPlaylist);
        for (WebElement li : items) {
            assertThat(li.findElement(By.cssSelector(".track-name")).getText()).isNotBlank();
            assertThat(li.findElement(By.cssSelector(".explanation")).getText()).isNotBlank();
        }
        return ids;
    }

    private void saveAndCheckInEmulator(Playlist source, List<String> shown) {
        WebElement name = browser.waitFor(By.id("save-name"));
        name.clear();
        name.sendKeys("spotrec e2e continuation");
        browser.driver.findElement(By.id("save")).click();
        String newId = browser.waitFor(By.id("saved")).getAttribute("data-playlist-id");
        browser.screenshot("saved");
        Playlist saved =
                world.emulator
                        .playlist(newId)
                        .orElseThrow(() -> new AssertionError("no playlist " + newId));
        assertThat(saved.ownerId()).isEqualTo(source.ownerId());
        assertThat(saved.name()).isEqualTo("spotrec e2e continuation");
        assertThat(saved.items())
                .extracting(PlaylistItem::trackId)
                .containsExactlyElementsOf(shown);
        List<String> listed =
                browser.all(By.cssSelector("ol#saved-tracks li")).stream()
                        .map(li -> li.getAttribute("data-track-id"))
                        .toList();
        assertThat(listed).containsExactlyElementsOf(shown);
    }

    private void voteAndCheckReport(Playlist playlist) {
        browser.open(world.base() + "/playlists");
        browser.waitFor(By.cssSelector("li.playlist[data-playlist-id='" + playlist.id() + "']"))
                .findElement(By.cssSelector("button.experiment-link"))
                .click();
        String trialId = browser.waitFor(By.id("experiment")).getAttribute("data-trial-id");
        assertThat(browser.all(By.cssSelector("ol#list1 li.item"))).isNotEmpty();
        assertThat(browser.all(By.cssSelector("ol#list2 li.item"))).isNotEmpty();
        String pageText = browser.driver.findElement(By.id("experiment")).getText();
        assertThat(pageText).contains("List 1").contains("List 2");
        browser.screenshot("experiment");
        String liked =
                browser.driver
                        .findElement(By.cssSelector("ol#list1 li.item"))
                        .getAttribute("data-track-id");
        browser.driver.findElement(By.cssSelector("ol#list1 li.item button.like")).click();
        browser.waitFor(By.cssSelector("ol#list1 li.item[data-rated=liked]"));
        assertThat(browser.waitFor(By.id("experiment")).getAttribute("data-trial-id"))
                .isEqualTo(trialId);
        browser.screenshot("experiment-rated");
        browser.waitFor(By.id("vote-1")).click();
        browser.waitFor(By.id("thanks"));
        browser.screenshot("thanks");

        ExperimentTrial trial = world.warehouse.experiments().trial(trialId).orElseThrow();
        JsonNode report = reportJson();
        assertThat(report.get("trials").asInt()).isEqualTo(1);
        assertThat(report.get("participants").asInt()).isEqualTo(1);
        assertThat(report.get("votes").asInt()).isEqualTo(1);
        assertThat(report.get("oursWins").asInt()).isEqualTo(trial.oursList() == 1 ? 1 : 0);
        assertThat(report.get("baselineWins").asInt()).isEqualTo(trial.oursList() == 1 ? 0 : 1);
        assertThat(report.get("winRate").asDouble()).isEqualTo(trial.oursList() == 1 ? 1.0 : 0.0);
        // The like went to the arm that showed List 1 (and to the other too if it showed it).
        boolean inBoth =
                trial.items().stream()
                                .filter(i -> i.trackId().equals(liked))
                                .map(i -> i.list())
                                .distinct()
                                .count()
                        == 2;
        String listOneArm = trial.oursList() == 1 ? "ours" : "baseline";
        String otherArm = trial.oursList() == 1 ? "baseline" : "ours";
        assertThat(report.get(listOneArm + "Ratings").asInt()).isEqualTo(1);
        assertThat(report.get(listOneArm + "LikeRate").asDouble()).isEqualTo(1.0);
        assertThat(report.get(otherArm + "Ratings").asInt()).isEqualTo(inBoth ? 1 : 0);
    }

    private JsonNode reportJson() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.run("experiment", "report", "--warehouse", world.warehouseUrl, "--json");
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isZero();
        return JsonMapper.builder().build().readTree(captured.toString(StandardCharsets.UTF_8));
    }
}
