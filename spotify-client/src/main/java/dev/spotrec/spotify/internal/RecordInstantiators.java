package dev.spotrec.spotify.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Builds the model records through a pre-spread {@link MethodHandle} of their canonical
 * constructor. Jackson's default calls {@code MethodHandle.invokeWithArguments} for every record,
 * which looks up a method type per call; profiling showed that at about a tenth of the client's CPU
 * when reading tracks. Only records of the model package are affected; everything else keeps
 * Jackson's instantiator.
 */
final class RecordInstantiators extends JacksonModule {

    private static final String MODEL = "dev.spotrec.spotify.model";

    @Override
    public String getModuleName() {
        return "spotrec-record-instantiators";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(
                new ValueInstantiators.Base() {
                    @Override
                    public ValueInstantiator modifyValueInstantiator(
                            DeserializationConfig config,
                            BeanDescription.Supplier description,
                            ValueInstantiator standard) {
                        Class<?> type = description.getBeanClass();
                        if (type.isRecord()
                                && type.getPackageName().equals(MODEL)
                                && standard instanceof StdValueInstantiator std
                                && std.getWithArgsCreator()
                                        instanceof AnnotatedConstructor creator) {
                            return new Fast(std, creator.getAnnotated());
                        }
                        return standard;
                    }
                });
    }

    /** Calls the constructor through a spreader handle made once per record type. */
    private static final class Fast extends StdValueInstantiator {
        private final MethodHandle construct;

        Fast(StdValueInstantiator standard, Constructor<?> constructor) {
            super(standard);
            try {
                constructor.setAccessible(true);
                construct =
                        MethodHandles.lookup()
                                .unreflectConstructor(constructor)
                                .asSpreader(Object[].class, constructor.getParameterCount())
                                .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(
                        "cannot access the constructor of " + constructor.getDeclaringClass(), e);
            }
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] args) {
            try {
                return (Object) construct.invokeExact(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
