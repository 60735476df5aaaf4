package dev.spotrec.spotify.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's one JSON mapper: snake_case names onto record components, unknown fields ignored,
 * missing fields {@code null}. Readers are cached per type, and {@link #readField} streams past the
 * other fields of a wrapper object instead of building a tree.
 */
public final class Json {

    /** The shared, thread-safe mapper. */
    public static final JsonMapper MAPPER =
            JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .addModule(new RecordInstantiators())
                    .build();

    private static final ConcurrentHashMap<JavaType, ObjectReader> READERS =
            new ConcurrentHashMap<>();

    private Json() {}

    /** {@return the type {@code raw<params...>}} */
    public static JavaType type(Class<?> raw, Class<?>... params) {
        return params.length == 0
                ? MAPPER.getTypeFactory().constructType(raw)
                : MAPPER.getTypeFactory().constructParametricType(raw, params);
    }

    /** {@return the type {@code raw<param>}} */
    public static JavaType type(Class<?> raw, JavaType param) {
        return MAPPER.getTypeFactory().constructParametricType(raw, param);
    }

    /** {@return the type {@code List<element>}} */
    public static JavaType listOf(Class<?> element) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, element);
    }

    /** {@return {@code body} read as {@code type}} */
    public static <T> T read(byte[] body, JavaType type) {
        return reader(type).readValue(body);
    }

    /**
     * Reads one field of a top-level object, skipping the others without building them.
     *
     * @return the field's value, or {@code null} when the field is absent or {@code null}
     */
    public static <T> T readField(byte[] body, String field, JavaType type) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(
                        "expected a JSON object with the field \"" + field + "\"");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(field)) {
                    return value == JsonToken.VALUE_NULL ? null : reader(type).readValue(parser);
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    /** {@return {@code value} as JSON bytes} */
    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    private static ObjectReader reader(JavaType type) {
        return READERS.computeIfAbsent(type, MAPPER::readerFor);
    }
}
