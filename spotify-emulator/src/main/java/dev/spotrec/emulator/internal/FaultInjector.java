package dev.spotrec.emulator.internal;

import dev.spotrec.emulator.FaultPlan;
import java.util.SplittableRandom;

/**
 * Decides, request by request, which fault effect of the current {@link FaultPlan} applies.
 *
 * <p>Every selected request draws the same fixed sequence of numbers from one stream seeded by the
 * plan (latency, reset, truncate, stall, 5xx, 429), so a given seed and request order always give
 * the same faults. A 429 burst, once started, takes the next requests without drawing. The decision
 * is O(1) under a lock held for a few nanoseconds.
 */
final class FaultInjector {
    enum Effect {
        NONE,
        RESET,
        TRUNCATE,
        STALL,
        SERVER_ERROR,
        TOO_MANY
    }

    /** What to do to one request. */
    record Decision(Effect effect, long latencyMillis, int status) {
        static final Decision NONE = new Decision(Effect.NONE, 0, 0);

        String label() {
            return switch (effect) {
                case NONE -> null;
                case RESET -> "reset";
                case TRUNCATE -> "truncate";
                case STALL -> "stall";
                case SERVER_ERROR -> "5xx";
                case TOO_MANY -> "429";
            };
        }
    }

    private static final int[] SERVER_ERRORS = {500, 502, 503};

    private FaultPlan plan = FaultPlan.none();
    private SplittableRandom random = new SplittableRandom(1);
    private int burstLeft;
    private long injected;

    synchronized void set(FaultPlan p) {
        plan = p;
        random = new SplittableRandom(p.seed());
        burstLeft = 0;
        injected = 0;
    }

    synchronized FaultPlan plan() {
        return plan;
    }

    synchronized Decision decide(String path) {
        FaultPlan p = plan;
        if (p.isNone() || !path.startsWith(p.paths())) {
            return Decision.NONE;
        }
        long lo = p.latencyMin().toMillis();
        long hi = p.latencyMax().toMillis();
        long latency = hi > lo ? lo + random.nextLong(hi - lo + 1) : lo;
        double reset = random.nextDouble();
        double truncate = random.nextDouble();
        double stall = random.nextDouble();
        double error = random.nextDouble();
        int errorStatus = SERVER_ERRORS[random.nextInt(SERVER_ERRORS.length)];
        double burst = random.nextDouble();
        if (injected >= p.limit()) {
            return latency == 0 ? Decision.NONE : new Decision(Effect.NONE, latency, 0);
        }
        Effect effect = Effect.NONE;
        if (burstLeft > 0) {
            burstLeft--;
            effect = Effect.TOO_MANY;
        } else if (reset < p.resetRate()) {
            effect = Effect.RESET;
        } else if (truncate < p.truncateRate()) {
            effect = Effect.TRUNCATE;
        } else if (stall < p.stallRate()) {
            effect = Effect.STALL;
        } else if (error < p.serverErrorRate()) {
            effect = Effect.SERVER_ERROR;
        } else if (burst < p.burstRate()) {
            burstLeft = p.burstLength() - 1;
            effect = Effect.TOO_MANY;
        }
        if (effect != Effect.NONE) {
            injected++;
        }
        return new Decision(effect, latency, effect == Effect.SERVER_ERROR ? errorStatus : 0);
    }
}
