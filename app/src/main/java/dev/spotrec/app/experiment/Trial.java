package dev.spotrec.app.experiment;

import dev.spotrec.app.service.ContinuationItem;
import java.util.List;

/**
 * One trial as shown to its participant. The lists carry no arm: which one is ours stays in the
 * warehouse, so the page cannot leak it.
 *
 * @param id the trial's id, for the vote and rating forms
 * @param design how the arms are shown
 * @param list1 "List 1" (side by side); empty when interleaved
 * @param list2 "List 2" (side by side); empty when interleaved
 * @param interleaved the merged list, ranks 1..n (interleaved); empty when side by side
 */
public record Trial(
        String id,
        Design design,
        List<ContinuationItem> list1,
        List<ContinuationItem> list2,
        List<ContinuationItem> interleaved) {
    /** Validates and copies the lists. */
    public Trial {
        if (id == null || id.isBlank() || design == null) {
            throw new IllegalArgumentException("trial id and design must be set, got " + id);
        }
        list1 = List.copyOf(list1);
        list2 = List.copyOf(list2);
        interleaved = List.copyOf(interleaved);
        boolean sideBySide = design == Design.SIDE_BY_SIDE;
        if (sideBySide ? !interleaved.isEmpty() : !list1.isEmpty() || !list2.isEmpty()) {
            throw new IllegalArgumentException(
                    "trial "
                            + id
                            + ": a "
                            + design
                            + " trial fills "
                            + (sideBySide ? "list1 and list2 only" : "interleaved only"));
        }
    }
}
