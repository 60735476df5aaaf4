package dev.spotrec.app.experiment;

import dev.spotrec.app.service.ContinuationItem;
import dev.spotrec.warehouse.ExperimentArm;
import dev.spotrec.warehouse.ShownItem;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How a trial shows the two arms: side by side with a coin deciding which list is ours, or merged
 * by {@link TeamDraft}. Also records what was shown with its provenance, for the warehouse.
 */
final class TrialLayout {
    private TrialLayout() {}

    /**
     * One layout.
     *
     * @param oursList 1 or 2 (the list showing ours), 0 when interleaved
     * @param shown every shown track with its list, position, arm and rank in its arm
     */
    record Laid(
            int oursList,
            List<ShownItem> shown,
            List<ContinuationItem> list1,
            List<ContinuationItem> list2,
            List<ContinuationItem> interleaved) {
        Trial trial(String id, Design design) {
            return new Trial(id, design, list1, list2, interleaved);
        }
    }

    static Laid of(
            Design design,
            List<ContinuationItem> ours,
            List<ContinuationItem> baseline,
            RandomGenerator rng) {
        return design == Design.INTERLEAVED
                ? interleaved(ours, baseline, rng)
                : sideBySide(ours, baseline, rng);
    }

    private static Laid sideBySide(
            List<ContinuationItem> ours, List<ContinuationItem> baseline, RandomGenerator rng) {
        int oursList = rng.nextBoolean() ? 1 : 2;
        List<ContinuationItem> list1 = oursList == 1 ? ours : baseline;
        List<ContinuationItem> list2 = oursList == 1 ? baseline : ours;
        List<ShownItem> shown = new ArrayList<>();
        addShown(shown, 1, list1, oursList == 1 ? ExperimentArm.OURS : ExperimentArm.BASELINE);
        addShown(shown, 2, list2, oursList == 2 ? ExperimentArm.OURS : ExperimentArm.BASELINE);
        return new Laid(oursList, shown, list1, list2, List.of());
    }

    /** As long as the longer arm's list; items renumbered 1..n in merged order. */
    private static Laid interleaved(
            List<ContinuationItem> ours, List<ContinuationItem> baseline, RandomGenerator rng) {
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
        return new Laid(0, shown, List.of(), List.of(), merged);
    }

    private static void addShown(
            List<ShownItem> shown, int list, List<ContinuationItem> items, ExperimentArm arm) {
        for (int i = 0; i < items.size(); i++) {
            shown.add(new ShownItem(list, i + 1, items.get(i).trackId(), arm, i + 1));
        }
    }
}
