package dev.spotrec.spotify.model;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a {@link Playable} through {@link PlayableJson}, in one pass and without buffering. The
 * record's deserializer is looked up once, when Jackson contextualises this one, not per value.
 */
final class PlayableDeserializer extends ValueDeserializer<Playable> {

    private final ValueDeserializer<Object> delegate;

    PlayableDeserializer() {
        this(null);
    }

    private PlayableDeserializer(ValueDeserializer<Object> delegate) {
        this.delegate = delegate;
    }

    @Override
    public ValueDeserializer<?> createContextual(
            DeserializationContext context, BeanProperty property) {
        if (delegate != null) {
            return this;
        }
        return new PlayableDeserializer(
                context.findContextualValueDeserializer(
                        context.constructType(PlayableJson.class), property));
    }

    @Override
    public Playable deserialize(JsonParser parser, DeserializationContext context) {
        PlayableJson json =
                delegate != null
                        ? (PlayableJson) delegate.deserialize(parser, context)
                        : context.readValue(parser, PlayableJson.class);
        return json == null ? null : json.toPlayable();
    }
}
