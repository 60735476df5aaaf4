package dev.spotrec.emulator.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the emulator that {@code @ExtendWith(EmulatorExtension.class)} starts for a test
 * class. For anything more (clients, clocks, lifetimes) register an {@link EmulatorExtension} built
 * from an {@code Emulator.Builder} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface EmulatorConfig {
    /** The world spec; a small synthetic world by default. */
    String world() default EmulatorExtension.SMALL_WORLD;

    /** {@code extended} or {@code development}. */
    String mode() default "extended";

    /** The fault spec (see {@code FaultPlan}); none by default. */
    String faults() default "none";
}
