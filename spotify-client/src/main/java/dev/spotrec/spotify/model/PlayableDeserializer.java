package dev.spotrec.spotify.model;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Reads a {@link Playable} through {@link PlayableJson}, in one pass and without buffering. */
final class PlayableDeserializer extends ValueDeserializer<Playable> {

    @Override
    public Playable deserialize(JsonParser parser, DeserializationContext context) {
        PlayableJson json = context.readValue(parser, PlayableJson.class);
        return json == null ? null : json.toPlayable();
    }
}
