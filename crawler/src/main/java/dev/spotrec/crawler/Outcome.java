package dev.spotrec.crawler;

import dev.spotrec.warehouse.Batch;
import dev.spotrec.warehouse.FrontierEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What fetching one unit of the frontier produced: rows to store, entities discovered, and the
 * final frontier entries of the unit. It is applied to a batch only after the whole unit succeeded,
 * so a failed unit leaves nothing behind.
 */
final class Outcome {
    private final List<Consumer<Batch>> writes = new ArrayList<>();
    private final List<FrontierEntry> discovered = new ArrayList<>();
    private final List<FrontierEntry> settled = new ArrayList<>();
    private final List<String> storedTypes = new ArrayList<>();

    /** Stores one entity of {@code type} (counted in the summary). */
    Outcome store(String type, Consumer<Batch> write) {
        writes.add(write);
        storedTypes.add(type);
        return this;
    }

    /** Stores rows that are not counted as an entity (follows, top lists). */
    Outcome write(Consumer<Batch> write) {
        writes.add(write);
        return this;
    }

    Outcome discover(String type, String id, int depth) {
        if (id != null && !id.isEmpty()) {
            discovered.add(FrontierEntry.pending(type, id, depth));
        }
        return this;
    }

    Outcome settle(FrontierEntry e) {
        settled.add(e);
        return this;
    }

    List<String> storedTypes() {
        return storedTypes;
    }

    List<FrontierEntry> settled() {
        return settled;
    }

    /** Adds everything of this outcome to {@code other}: a part that succeeded as a whole. */
    void appendTo(Outcome other) {
        other.writes.addAll(writes);
        other.discovered.addAll(discovered);
        other.settled.addAll(settled);
        other.storedTypes.addAll(storedTypes);
    }

    void applyTo(Batch b) {
        writes.forEach(w -> w.accept(b));
        discovered.forEach(b::discover);
        settled.forEach(b::frontier);
    }
}
