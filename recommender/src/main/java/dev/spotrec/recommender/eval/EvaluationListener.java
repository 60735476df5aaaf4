package dev.spotrec.recommender.eval;

/** Progress events of an evaluation (the app renders them; the library never prints). */
public interface EvaluationListener {

    /** A listener that ignores every event. */
    EvaluationListener NONE = new EvaluationListener() {};

    /** A split was made for {@code seed}. */
    default void splitReady(long seed, Task task) {}

    /** A grid point was fitted and scored on validation. */
    default void trialDone(String model, long seed, Trial trial) {}

    /** The chosen model was scored on test. */
    default void testDone(String model, SeedRun run) {}
}
