package dev.spotrec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.experiment.Experiment;
import dev.spotrec.app.experiment.ExperimentResults;
import dev.spotrec.datasets.Playlist;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The blind experiment pages and REST endpoints, recorded in the warehouse. */
class WebExperimentIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern TRIAL = Pattern.compile("data-trial-id=\"([^\"]+)\"");
    @TempDir static Path dir;
    static WebWorld w;
    static Playlist playlist;

    @BeforeAll
    static void start() {
        w = new WebWorld(dir);
        playlist = w.ownedPlaylist();
    }

    @AfterAll
    static void stop() {
        if (w != null) {
            w.close();
        }
    }

    static ExperimentResults results() {
        return Experiment.open(w.warehouse, new SplittableRandom(1), Clock.systemUTC()).results();
    }

    TestBrowser loggedIn(String user) throws Exception {
        return TestBrowser.loggedIn(w.base, user);
    }

    /** Starts a trial as the playlists page does: a POST with the page's CSRF token. */
    private HttpResponse<String> start(TestBrowser b, Map<String, String> extra) throws Exception {
        String csrf = TestBrowser.csrf(b.get(w.base + "/playlists").body());
        Map<String, String> form = new java.util.HashMap<>(extra);
        form.put("csrf", csrf);
        return b.postForm(w.base + "/playlists/" + playlist.id() + "/experiment", form);
    }

    @Test
    void startingATrialNeedsAPostWithTheCsrfToken() throws Exception {
        TestBrowser b = loggedIn(playlist.ownerId());
        String url = w.base + "/playlists/" + playlist.id() + "/experiment";
        int trials = results().trials();

        assertThat(b.get(url).statusCode()).isIn(404, 405);
        assertThat(b.postForm(url, Map.of()).statusCode()).isEqualTo(403);
        assertThat(results().trials()).isEqualTo(trials);
    }

    @Test
    void sideBySideShowsTwoBlindListsTakesRatingsAndAVote() throws Exception {
        ExperimentResults before = results();
        TestBrowser b = loggedIn(playlist.ownerId());
        HttpResponse<String> page = start(b, Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("id=\"list1\"").contains("id=\"list2\"");
        assertThat(html).contains("List 1").contains("List 2");
        assertThat(html).contains("id=\"vote-1\"").contains("id=\"vote-2\"");
        assertThat(html).doesNotContain("class=\"explanation\"").doesNotContain("most-popular");
        String trial = WebContinuationIT.ids(html, TRIAL).getFirst();
        List<String> tracks = WebContinuationIT.ids(html, WebContinuationIT.ITEM);
        assertThat(tracks).hasSize(2 * ExperimentPages.LIST_LENGTH);
        String csrf = TestBrowser.csrf(html);

        HttpResponse<String> rated =
                b.send(
                        HttpRequest.newBuilder(
                                        URI.create(w.base + "/experiment/" + trial + "/rate"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                TestBrowser.encode(
                                                        Map.of(
                                                                "csrf",
                                                                csrf,
                                                                "trackId",
                                                                tracks.getFirst(),
                                                                "liked",
                                                                "true"))))
                                .build());
        assertThat(rated.statusCode()).isEqualTo(200);
        assertThat(b.get(w.base + "/experiment/" + trial).body())
                .contains("data-track-id=\"" + tracks.getFirst() + "\" data-rated=\"liked\"");

        assertThat(
                        b.postForm(w.base + "/experiment/" + trial + "/vote", Map.of("list", "2"))
                                .statusCode())
                .isEqualTo(403);
        HttpResponse<String> voted =
                b.postForm(
                        w.base + "/experiment/" + trial + "/vote",
                        Map.of("csrf", csrf, "list", "2"));
        assertThat(voted.statusCode()).isEqualTo(200);
        assertThat(voted.body()).contains("id=\"thanks\"");

        ExperimentResults after = results();
        assertThat(after.votes()).isEqualTo(before.votes() + 1);
        assertThat(after.trials()).isEqualTo(before.trials() + 1);
        assertThat(after.oursRatings() + after.baselineRatings())
                .isGreaterThan(before.oursRatings() + before.baselineRatings());
    }

    @Test
    void interleavedTrialsTakeRatingsButNoVote() throws Exception {
        TestBrowser b = loggedIn(playlist.ownerId());
        String html = start(b, Map.of("design", "interleaved")).body();
        assertThat(html).contains("id=\"interleaved\"").doesNotContain("id=\"vote-1\"");
        String trial = WebContinuationIT.ids(html, TRIAL).getFirst();
        List<String> tracks = WebContinuationIT.ids(html, WebContinuationIT.ITEM);
        assertThat(tracks)
                .hasSizeGreaterThanOrEqualTo(ExperimentPages.LIST_LENGTH)
                .doesNotHaveDuplicates();
        String csrf = TestBrowser.csrf(html);
        HttpResponse<String> disliked =
                b.postForm(
                        w.base + "/experiment/" + trial + "/rate",
                        Map.of("csrf", csrf, "trackId", tracks.get(1), "liked", "false"));
        assertThat(disliked.statusCode()).isEqualTo(200);
        assertThat(disliked.body())
                .contains("data-track-id=\"" + tracks.get(1) + "\" data-rated=\"disliked\"");
        HttpResponse<String> vote =
                b.postForm(
                        w.base + "/experiment/" + trial + "/vote",
                        Map.of("csrf", csrf, "list", "1"));
        assertThat(vote.statusCode()).isEqualTo(400);
        assertThat(vote.body()).contains("data-status=\"400\"");
    }

    @Test
    void theRestApiRunsATrialAndRefusesOtherPeoplesTrials() throws Exception {
        TestBrowser b = loggedIn(playlist.ownerId());
        String csrf =
                JSON.readTree(b.get(w.base + "/api/session").body()).get("csrfToken").asString();
        HttpResponse<String> started =
                b.postJson(
                        w.base + "/api/playlists/" + playlist.id() + "/experiment",
                        "{\"n\":5}",
                        csrf);
        assertThat(started.statusCode()).isEqualTo(201);
        JsonNode trial = JSON.readTree(started.body());
        assertThat(trial.get("design").asString()).isEqualTo("SIDE_BY_SIDE");
        assertThat(trial.get("list1").size()).isEqualTo(5);
        assertThat(trial.get("list2").size()).isEqualTo(5);
        String id = trial.get("id").asString();
        String track = trial.get("list2").get(0).get("trackId").asString();

        assertThat(
                        b.postJson(
                                        w.base + "/api/experiment/" + id + "/rate",
                                        "{\"trackId\":\"" + track + "\",\"liked\":true}",
                                        csrf)
                                .statusCode())
                .isEqualTo(200);
        assertThat(
                        b.postJson(w.base + "/api/experiment/" + id + "/vote", "{\"list\":1}", null)
                                .statusCode())
                .isEqualTo(403);
        assertThat(
                        b.postJson(w.base + "/api/experiment/" + id + "/vote", "{\"list\":3}", csrf)
                                .statusCode())
                .isEqualTo(400);
        assertThat(
                        b.postJson(w.base + "/api/experiment/" + id + "/vote", "{\"list\":1}", csrf)
                                .statusCode())
                .isEqualTo(200);

        String other =
                w.world.users().stream()
                        .map(u -> u.id())
                        .filter(u -> !u.equals(playlist.ownerId()))
                        .findFirst()
                        .orElseThrow();
        TestBrowser stranger = loggedIn(other);
        String strangerCsrf =
                JSON.readTree(stranger.get(w.base + "/api/session").body())
                        .get("csrfToken")
                        .asString();
        HttpResponse<String> foreign =
                stranger.postJson(
                        w.base + "/api/experiment/" + id + "/vote", "{\"list\":2}", strangerCsrf);
        assertThat(foreign.statusCode()).isEqualTo(404);
        WebSecurityChecks.assertNoSecrets(w, b);
    }
}
