package dev.spotrec.app.experiment;

import dev.spotrec.app.service.ContinuationItem;
import dev.spotrec.app.service.PlaylistInput;
import dev.spotrec.warehouse.ExperimentArm;
import dev.spotrec.warehouse.ExperimentRating;
import dev.spotrec.warehouse.ExperimentStore;
import dev.spotrec.warehouse.ExperimentTrial;
import dev.spotrec.warehouse.ExperimentVote;
import dev.spotrec.warehouse.ShownItem;
import dev.spotrec.warehouse.Warehouse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The blind A/B experiment of our recommender against a baseline, kept in the warehouse.
 *
 * <p>A side-by-side trial shows "List 1" and "List 2", ours in a random one of them; the
 * participant votes for one and may rate tracks. An interleaved trial shows one team-draft merged
 * list ({@link TeamDraft}); each like is credited to the arm that contributed the track.
 * Participants are stored only as a salted SHA-256 of their Spotify user id, the salt created once
 * per warehouse.
 *
 * <pre>{@code
 * Experiment exp = Experiment.open(warehouse, new SplittableRandom(seed), Clock.systemUTC());
 * Trial t = exp.start(userId, playlist, ours.items(), baseline.items(), "most-popular",
 *         Design.SIDE_BY_SIDE);
 * exp.vote(t.id(), userId, 2);
 * ExperimentResults r = exp.results();
 * }</pre>
 *
 * <p>Safe for concurrent request threads: trial starts are serialised (the random generator is not
 * thread-safe) and the warehouse serialises its experiment writes.
 *
 * @throws IllegalArgumentException for bad input (unknown trial, another participant, a list other
 *     than 1 or 2, a track the trial did not show), naming it
 * @throws dev.spotrec.warehouse.WarehouseException when the warehouse fails
 */
public final class Experiment {
    private static final String NO_PLAYLIST = "unsaved";

    private final ExperimentStore store;
    private final RandomGenerator rng;
    private final Clock clock;
    private ParticipantHash hash;

    private Experiment(ExperimentStore store, RandomGenerator rng, Clock clock) {
        this.store = store;
        this.rng = rng;
        this.clock = clock;
    }

    /**
     * The experiment of {@code wh}: opened read-write to start trials, vote and rate (the first of
     * these creates the participant salt); read-only suffices for {@link #results()}.
     *
     * @param rng decides list order and interleaving coin flips, and makes trial ids
     * @param clock stamps trials, votes and ratings
     */
    public static Experiment open(Warehouse wh, RandomGenerator rng, Clock clock) {
        if (wh == null || rng == null || clock == null) {
            throw new IllegalArgumentException(
                    "Experiment.open needs a warehouse, a random generator and a clock");
        }
        return new Experiment(wh.experiments(), rng, clock);
    }

    /** Starts a trial of {@code ours} against {@code baseline} for {@code participant}. */
    public Trial start(
            String participant,
            PlaylistInput playlist,
            List<ContinuationItem> ours,
            List<ContinuationItem> baseline,
            String baselineName,
            Design design) {
        String who = participantHash(participant);
        if (playlist == null || design == null) {
            throw new IllegalArgumentException("a trial needs a playlist and a design");
        }
        if (ours == null || ours.isEmpty() || baseline == null || baseline.isEmpty()) {
            throw new IllegalArgumentException(
                    "a trial needs both lists non-empty, got ours "
                            + (ours == null ? "null" : ours.size())
                            + " and baseline "
                            + (baseline == null ? "null" : baseline.size())
                            + " items");
        }
        if (baselineName == null || baselineName.isBlank()) {
            throw new IllegalArgumentException("baselineName must name the baseline, got blank");
        }
        String playlistId = playlist.playlistId() == null ? NO_PLAYLIST : playlist.playlistId();
        Instant now = clock.instant();
        synchronized (this) {
            String id = newId();
            if (design == Design.INTERLEAVED) {
                return interleaved(id, who, playlistId, ours, baseline, baselineName, now);
            }
            return sideBySide(id, who, playlistId, ours, baseline, baselineName, now);
        }
    }

    private Trial sideBySide(
            String id,
            String who,
            String playlistId,
            List<ContinuationItem> ours,
            List<ContinuationItem> baseline,
            String baselineName,
            Instant now) {
        int oursList = rng.nextBoolean() ? 1 : 2;
        List<ContinuationItem> list1 = oursList == 1 ? ours : baseline;
        List<ContinuationItem> list2 = oursList == 1 ? baseline : ours;
        List<ShownItem> shown = new ArrayList<>();
        addShown(shown, 1, list1, oursList == 1 ? ExperimentArm.OURS : ExperimentArm.BASELINE);
        addShown(shown, 2, list2, oursList == 2 ? ExperimentArm.OURS : ExperimentArm.BASELINE);
        store.insertTrial(
                new ExperimentTrial(
                        id,
                        who,
                        playlistId,
                        Design.SIDE_BY_SIDE.name(),
                        baselineName,
                        oursList,
                        now,
                        shown));
        return new Trial(id, Design.SIDE_BY_SIDE, list1, list2, List.of());
    }

    private Trial interleaved(
            String id,
            String who,
            String playlistId,
            List<ContinuationItem> ours,
            List<ContinuationItem> baseline,
            String baselineName,
            Instant now) {
        int length = Math.max(ours.size(), baseline.size());
        List<TeamDraft.Pick<ContinuationItem>> picks =
                TeamDraft.interleave(ours, baseline, ContinuationItem::trackId, length, rng);
        List<ShownItem> shown = new ArrayList<>(picks.size());
        List<ContinuationItem> merged = new ArrayList<>(picks.size());
        for (TeamDraft.Pick<ContinuationItem> p : picks) {
            int position = merged.size() + 1;
            ContinuationItem c = p.item();
            shown.add(new ShownItem(0, position, c.trackId(), p.team(), p.teamRank()));
            merged.add(
                    new ContinuationItem(
                            position,
                            c.trackId(),
                            c.name(),
                            c.artists(),
                            c.album(),
                            c.score(),
                            c.explanation(),
                            c.reasons()));
        }
        store.insertTrial(
                new ExperimentTrial(
                        id,
                        who,
                        playlistId,
                        Design.INTERLEAVED.name(),
                        baselineName,
                        0,
                        now,
                        shown));
        return new Trial(id, Design.INTERLEAVED, List.of(), List.of(), merged);
    }

    /** Records that {@code participant} preferred list {@code preferredList} (1 or 2). */
    public void vote(String trialId, String participant, int preferredList) {
        ExperimentTrial t = ownTrial(trialId, participant);
        if (t.oursList() == 0) {
            throw new IllegalArgumentException(
                    "trial " + trialId + " is interleaved: it takes ratings, not a vote");
        }
        if (preferredList != 1 && preferredList != 2) {
            throw new IllegalArgumentException(
                    "preferred list must be 1 or 2, got "
                            + preferredList
                            + " for trial "
                            + trialId);
        }
        store.putVote(
                new ExperimentVote(
                        trialId,
                        t.participantHash(),
                        preferredList,
                        t.armOfList(preferredList),
                        clock.instant()));
    }

    /**
     * Records a like (or dislike) of a track the trial showed, credited to the arm that showed it:
     * both arms when a side-by-side trial showed it in both lists.
     */
    public void rate(String trialId, String participant, String trackId, boolean liked) {
        ExperimentTrial t = ownTrial(trialId, participant);
        Set<ExperimentArm> arms = new LinkedHashSet<>();
        for (ShownItem item : t.items()) {
            if (item.trackId().equals(trackId)) {
                arms.add(item.arm());
            }
        }
        if (arms.isEmpty()) {
            throw new IllegalArgumentException(
                    "track "
                            + trackId
                            + " was not shown in trial "
                            + trialId
                            + "; rate a shown one");
        }
        Instant now = clock.instant();
        List<ExperimentRating> ratings = new ArrayList<>(arms.size());
        for (ExperimentArm arm : arms) {
            ratings.add(
                    new ExperimentRating(trialId, trackId, arm, t.participantHash(), liked, now));
        }
        store.putRatings(ratings);
    }

    /** The results over every trial, vote and rating in the warehouse. */
    public ExperimentResults results() {
        return Tally.of(store.trials(), store.votes(), store.ratings());
    }

    private ExperimentTrial ownTrial(String trialId, String participant) {
        if (trialId == null || trialId.isBlank()) {
            throw new IllegalArgumentException("trial id must not be blank");
        }
        String who = participantHash(participant);
        ExperimentTrial t =
                store.trial(trialId)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "unknown experiment trial '"
                                                        + trialId
                                                        + "'; start a trial first"));
        if (!t.participantHash().equals(who)) {
            throw new IllegalArgumentException(
                    "trial " + trialId + " belongs to another participant");
        }
        return t;
    }

    private synchronized String participantHash(String participant) {
        if (hash == null) {
            hash = new ParticipantHash(store.participantSalt(ParticipantHash::newSalt));
        }
        return hash.of(participant);
    }

    private static void addShown(
            List<ShownItem> shown, int list, List<ContinuationItem> items, ExperimentArm arm) {
        for (int i = 0; i < items.size(); i++) {
            shown.add(new ShownItem(list, i + 1, items.get(i).trackId(), arm, i + 1));
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        rng.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
