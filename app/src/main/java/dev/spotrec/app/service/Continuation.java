package dev.spotrec.app.service;

import java.util.List;

/**
 * A ranked continuation of a playlist.
 *
 * @param model the model that produced it (e.g. {@code hybrid}, {@code most-popular})
 * @param items the recommended tracks, best first
 */
public record Continuation(String model, List<ContinuationItem> items) {
    /** Validates and copies. */
    public Continuation {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("Continuation: model must be non-empty");
        }
        items = List.copyOf(items);
    }
}
