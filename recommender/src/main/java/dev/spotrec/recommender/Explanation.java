package dev.spotrec.recommender;

import java.util.List;
import java.util.Objects;

/**
 * Why a model recommended an item: the model's name and its strongest pieces of evidence, strongest
 * first. Never empty for a recommended item.
 *
 * @param model the name of the model (or hybrid component) that produced the evidence
 * @param reasons the evidence, strongest first
 */
public record Explanation(String model, List<Reason> reasons) {

    /** Validates and copies. */
    public Explanation {
        Objects.requireNonNull(model, "model");
        reasons = List.copyOf(reasons);
    }

    /** Returns a one-line human-readable summary. */
    public String summary() {
        StringBuilder sb = new StringBuilder(model).append(": ");
        for (int i = 0; i < reasons.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(reasons.get(i).describe());
        }
        return sb.toString();
    }
}
