package dev.spotrec.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.app.service.ContinuationItem;
import dev.spotrec.app.service.PlaylistInput;
import dev.spotrec.warehouse.ExperimentArm;
import dev.spotrec.warehouse.ExperimentTrial;
import dev.spotrec.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The experiment on one warehouse engine: trials, hashing, validation, results, persistence. */
abstract class ExperimentContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    static final PlaylistInput PLAYLIST =
            new PlaylistInput("pl-1", "Road trip", "owner", List.of("x1", "x2"));
    static final List<ContinuationItem> OURS = items("o1", "o2", "shared", "o3");
    static final List<ContinuationItem> BASE = items("b1", "shared", "b2", "b3");

    private final List<Warehouse> open = new ArrayList<>();

    /** A URL of a new, empty warehouse; the same URL each call within one test. */
    protected abstract String url();

    /** A URL of a second new, empty warehouse. */
    protected abstract String otherUrl();

    protected Warehouse warehouse() {
        Warehouse wh = Warehouse.open(url());
        open.add(wh);
        return wh;
    }

    protected void closeAll() {
        open.forEach(Warehouse::close);
        open.clear();
    }

    @AfterEach
    void closeWarehouses() {
        closeAll();
    }

    static List<ContinuationItem> items(String... ids) {
        List<ContinuationItem> out = new ArrayList<>();
        for (String id : ids) {
            out.add(
                    new ContinuationItem(
                            out.size() + 1,
                            id,
                            "Song " + id,
                            List.of("Artist"),
                            "Album",
                            1.0 / (out.size() + 1),
                            "because " + id,
                            List.of("because " + id)));
        }
        return out;
    }

    private static Experiment experiment(Warehouse wh, long seed) {
        return Experiment.open(wh, new SplittableRandom(seed), CLOCK);
    }

    private static Trial sideBySide(Experiment e, String user) {
        return e.start(user, PLAYLIST, OURS, BASE, "most-popular", Design.SIDE_BY_SIDE);
    }

    @Test
    void sideBySideRandomisesWhichArmIsListOne() {
        Warehouse wh = warehouse();
        Experiment e = experiment(wh, 1);
        int oursFirst = 0;
        for (int i = 0; i < 40; i++) {
            Trial t = sideBySide(e, "user-" + i);
            assertThat(t.interleaved()).isEmpty();
            assertThat(List.of(t.list1(), t.list2())).containsExactlyInAnyOrder(OURS, BASE);
            ExperimentTrial stored = wh.experiments().trial(t.id()).orElseThrow();
            assertThat(stored.oursList()).isEqualTo(t.list1().equals(OURS) ? 1 : 2);
            oursFirst += t.list1().equals(OURS) ? 1 : 0;
        }
        assertThat(oursFirst).isBetween(8, 32);
    }

    @Test
    void theSameSeedGivesTheSameTrials() {
        Warehouse wh = warehouse();
        List<Trial> first = new ArrayList<>();
        Experiment a = experiment(wh, 7);
        for (int i = 0; i < 5; i++) {
            first.add(sideBySide(a, "u"));
        }
        wh.experiments().trials().forEach(t -> assertThat(t.trialId()).hasSize(32));
        closeAll();
        Warehouse other = Warehouse.open(otherUrl());
        open.add(other);
        Experiment b = experiment(other, 7);
        for (int i = 0; i < 5; i++) {
            assertThat(sideBySide(b, "u")).isEqualTo(first.get(i));
        }
    }

    @Test
    void storesParticipantsOnlyAsASaltedHashWithOneSalt() throws Exception {
        Warehouse wh = warehouse();
        Trial t1 = sideBySide(experiment(wh, 1), "spotify-user-42");
        Trial t2 = sideBySide(experiment(wh, 2), "spotify-user-42");
        String salt =
                wh.experiments()
                        .participantSalt(
                                () -> {
                                    throw new AssertionError("the salt exists already");
                                });
        assertThat(salt).hasSize(64);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(salt.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        String expected =
                HexFormat.of()
                        .formatHex(sha.digest("spotify-user-42".getBytes(StandardCharsets.UTF_8)));
        for (Trial t : List.of(t1, t2)) {
            ExperimentTrial stored = wh.experiments().trial(t.id()).orElseThrow();
            assertThat(stored.participantHash()).isEqualTo(expected);
            assertThat(stored.toString()).doesNotContain("spotify-user-42");
        }
    }

    @Test
    void votesAndRatingsAreValidated() {
        Warehouse wh = warehouse();
        Experiment e = experiment(wh, 3);
        Trial t = sideBySide(e, "ann");
        Trial mixed = e.start("ann", PLAYLIST, OURS, BASE, "most-popular", Design.INTERLEAVED);
        assertThatThrownBy(() -> e.vote("no-such-trial", "ann", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown experiment trial 'no-such-trial'");
        assertThatThrownBy(() -> e.vote(t.id(), "bob", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(t.id())
                .hasMessageContaining("another participant");
        assertThatThrownBy(() -> e.vote(t.id(), "ann", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or 2, got 3");
        assertThatThrownBy(() -> e.vote(mixed.id(), "ann", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interleaved");
        assertThatThrownBy(() -> e.rate(t.id(), "ann", "never-shown", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never-shown");
        assertThatThrownBy(() -> e.rate(t.id(), "bob", "o1", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another participant");
        assertThatThrownBy(
                        () -> e.start("ann", PLAYLIST, OURS, List.of(), "mp", Design.SIDE_BY_SIDE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseline 0");
        assertThat(wh.experiments().votes()).isEmpty();
        assertThat(wh.experiments().ratings()).isEmpty();
    }

    @Test
    void votesCountForTheArmOfTheChosenList() {
        Warehouse wh = warehouse();
        Experiment e = experiment(wh, 5);
        for (int i = 0; i < 10; i++) {
            Trial t = sideBySide(e, "user-" + (i % 4));
            int oursList = t.list1().equals(OURS) ? 1 : 2;
            e.vote(t.id(), "user-" + (i % 4), i < 8 ? oursList : 3 - oursList);
        }
        Trial revoted = sideBySide(e, "user-9");
        int oursList = revoted.list1().equals(OURS) ? 1 : 2;
        e.vote(revoted.id(), "user-9", 3 - oursList);
        e.vote(revoted.id(), "user-9", oursList);
        ExperimentResults r = e.results();
        assertThat(r.participants()).isEqualTo(5);
        assertThat(r.trials()).isEqualTo(11);
        assertThat(r.votes()).isEqualTo(11);
        assertThat(r.oursWins()).isEqualTo(9);
        assertThat(r.baselineWins()).isEqualTo(2);
        // 9 of 11: 2 * (1 + 11 + 55) / 2048.
        assertThat(r.signTestP()).isEqualTo(134.0 / 2048);
        assertThat(r.winRate()).isEqualTo(9.0 / 11);
    }

    @Test
    void interleavedLikesAreCreditedToTheContributingArm() {
        Warehouse wh = warehouse();
        Experiment e = experiment(wh, 9);
        Trial t = e.start("cat", PLAYLIST, OURS, BASE, "most-popular", Design.INTERLEAVED);
        assertThat(t.list1()).isEmpty();
        assertThat(t.interleaved()).hasSize(4);
        assertThat(t.interleaved()).extracting(ContinuationItem::rank).containsExactly(1, 2, 3, 4);
        ExperimentTrial stored = wh.experiments().trial(t.id()).orElseThrow();
        for (ContinuationItem item : t.interleaved()) {
            ExperimentArm team = stored.items().get(item.rank() - 1).arm();
            boolean fromOurs = OURS.stream().anyMatch(o -> o.trackId().equals(item.trackId()));
            boolean fromBase = BASE.stream().anyMatch(o -> o.trackId().equals(item.trackId()));
            assertThat(team == ExperimentArm.OURS ? fromOurs : fromBase).isTrue();
            e.rate(t.id(), "cat", item.trackId(), team == ExperimentArm.OURS);
        }
        ExperimentResults r = e.results();
        assertThat(r.oursRatings()).isEqualTo(2);
        assertThat(r.baselineRatings()).isEqualTo(2);
        assertThat(r.oursLikeRate()).isEqualTo(1.0);
        assertThat(r.baselineLikeRate()).isEqualTo(0.0);
        assertThat(r.votes()).isEqualTo(1);
        assertThat(r.oursWins()).isEqualTo(1);
    }

    @Test
    void aTrackInBothSideBySideListsIsCreditedToBothArms() {
        Warehouse wh = warehouse();
        Experiment e = experiment(wh, 2);
        Trial t = sideBySide(e, "dan");
        e.rate(t.id(), "dan", "shared", true);
        e.rate(t.id(), "dan", "o1", false);
        ExperimentResults r = e.results();
        assertThat(r.oursRatings()).isEqualTo(2);
        assertThat(r.oursLikeRate()).isEqualTo(0.5);
        assertThat(r.baselineRatings()).isEqualTo(1);
        assertThat(r.baselineLikeRate()).isEqualTo(1.0);
        assertThat(r.votes()).isZero();
    }

    @Test
    void trialsSurviveAReopenedWarehouse() {
        Warehouse wh = warehouse();
        Trial t = sideBySide(experiment(wh, 4), "eve");
        closeAll();
        Warehouse again = warehouse();
        Experiment e = experiment(again, 4);
        e.vote(t.id(), "eve", 1);
        ExperimentResults r = e.results();
        assertThat(r.trials()).isEqualTo(1);
        assertThat(r.votes()).isEqualTo(1);
        assertThat(r.oursWins() + r.baselineWins()).isEqualTo(1);
        assertThat(r.oursWins()).isEqualTo(t.list1().equals(OURS) ? 1 : 0);
    }
}
