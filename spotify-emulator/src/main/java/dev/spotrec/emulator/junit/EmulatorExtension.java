package dev.spotrec.emulator.junit;

import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.FaultPlan;
import dev.spotrec.emulator.Mode;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts an {@link Emulator} on an ephemeral 127.0.0.1 port for a test class, like MockWebServer's
 * JUnit 5 extension. Before each test it forgets the recorded requests and restores the initial
 * fault plan; test methods and constructors may take an {@code Emulator} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EmulatorExtension SPOTIFY = new EmulatorExtension(
 *         Emulator.builder().world("synthetic:seed=7,users=100").mode(Mode.DEVELOPMENT));
 *
 * @Test
 * void readsMyPlaylists() {
 *     var api = URI.create(SPOTIFY.emulator().apiUrl());
 * }
 * }</pre>
 *
 * Or {@code @ExtendWith(EmulatorExtension.class)} with an optional {@link EmulatorConfig}. A static
 * field gives one emulator per class; an instance field one per test.
 */
public final class EmulatorExtension
        implements BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                ParameterResolver {
    /** The default world of the extension: small enough to start in well under a second. */
    public static final String SMALL_WORLD =
            "synthetic:seed=7,users=60,artists=80,tracks=600,playlists=120";

    private final Supplier<Emulator.Builder> builder;
    private Emulator emulator;
    private FaultPlan initialFaults = FaultPlan.none();
    private boolean perClass;

    /** For {@code @ExtendWith}: configured by the test class's {@link EmulatorConfig}, if any. */
    public EmulatorExtension() {
        this.builder = null;
    }

    /** An extension that starts the emulator {@code builder} describes. */
    public EmulatorExtension(Emulator.Builder builder) {
        if (builder == null) {
            throw new IllegalArgumentException("builder must not be null");
        }
        this.builder = () -> builder;
    }

    /** The running emulator; throws before the extension has started it. */
    public Emulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException(
                    "the emulator starts before the first test: call emulator()"
                            + " from a test or @BeforeEach, not from a static initialiser");
        }
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            start(context);
        }
        emulator.clearRequests();
        emulator.faults(initialFaults);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Emulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (emulator == null) {
            start(context);
        }
        return emulator;
    }

    private void start(ExtensionContext context) {
        Emulator.Builder b = builder != null ? builder.get() : fromAnnotation(context);
        emulator = b.start();
        initialFaults = emulator.faults();
    }

    private static Emulator.Builder fromAnnotation(ExtensionContext context) {
        EmulatorConfig config =
                context.getTestClass().map(c -> c.getAnnotation(EmulatorConfig.class)).orElse(null);
        Emulator.Builder b = Emulator.builder().world(SMALL_WORLD);
        if (config != null) {
            b.world(config.world()).mode(Mode.parse(config.mode())).faults(config.faults());
        }
        return b;
    }

    private void stop() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}
