package dev.spotrec.warehouse;

/** Receives interaction triples one at a time; nothing is collected on the way. */
@FunctionalInterface
public interface InteractionVisitor {
    /** One (row, column, weight) triple, e.g. (playlist id, track id, count). */
    void accept(String row, String column, double weight);
}
