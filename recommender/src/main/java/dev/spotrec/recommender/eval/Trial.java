package dev.spotrec.recommender.eval;

import java.util.Map;

/**
 * One point of a validation search.
 *
 * @param settings the settings tried
 * @param objective the validation objective reached (higher is better)
 * @param fitSeconds the time to fit
 */
public record Trial(Map<String, String> settings, double objective, double fitSeconds) {

    /** Copies the settings. */
    public Trial {
        settings = Map.copyOf(settings);
    }
}
