package dev.spotrec.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FieldsFilterTest {
    private static final JsonNode DOC =
            Json.MAPPER.readTree(
                    """
            {"name":"n","description":"d","tracks":{"total":2,"items":[
              {"added_at":"t1","added_by":{"id":"u","href":"h"},"track":{"id":"1","name":"a","album":{"name":"x","href":"y"}}},
              {"added_at":"t2","added_by":{"id":"v","href":"h"},"track":{"id":"2","name":"b","album":{"name":"z","href":"w"}}}]}}""");

    @Test
    void selectsNestedFieldsInsideArrays() {
        JsonNode out =
                FieldsFilter.parse("tracks.items(added_by.id,track(name,album(href)))").apply(DOC);
        assertThat(out.toString())
                .isEqualTo(
                        "{\"tracks\":{\"items\":[{\"added_by\":{\"id\":\"u\"},"
                                + "\"track\":{\"name\":\"a\",\"album\":{\"href\":\"y\"}}},{\"added_by\":{\"id\":\"v\"},"
                                + "\"track\":{\"name\":\"b\",\"album\":{\"href\":\"w\"}}}]}}");
    }

    @Test
    void excludesFields() {
        JsonNode out = FieldsFilter.parse("name,tracks.items(track(album(!name)))").apply(DOC);
        assertThat(out.path("tracks").path("items").path(0).path("track").path("album").toString())
                .isEqualTo("{\"href\":\"y\"}");
        assertThat(out.has("description")).isFalse();
    }

    @Test
    void refusesUnbalancedExpressions() {
        assertThatThrownBy(() -> FieldsFilter.parse("items(track(name)"))
                .isInstanceOf(ApiError.class);
        assertThatThrownBy(() -> FieldsFilter.parse("items,,name")).isInstanceOf(ApiError.class);
    }
}
