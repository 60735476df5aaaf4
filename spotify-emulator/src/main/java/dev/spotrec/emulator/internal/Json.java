package dev.spotrec.emulator.internal;

import tools.jackson.databind.json.JsonMapper;

/** The one Jackson mapper of the emulator, for parsing bodies and the few tree-built replies. */
final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}
}
