package dev.spotrec.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
    void logsInContinuesAndSaves() {
        Playlist playlist = world.ownedPlaylist();
        logIn(playlist.ownerId());
        List<String> shown = openContinuation(playlist);
        saveAndCheckInEmulator(playlist, shown);
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
}
