package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.spotify.internal.Endpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every endpoint the client calls exists in Spotify's OpenAPI description ({@code
 * ../shared/spotify/openapi/fixed-spotify-open-api.yml}) with the same method, the query parameters
 * the client sends, the page size the client asks for equal to the documented maximum {@code
 * limit}, and the batch size equal to the documented maximum number of ids.
 */
class OpenApiContractTest {

    private static JsonNode spec;

    @BeforeAll
    static void load() throws IOException {
        Path file = SharedDir.resolve("spotify/openapi/fixed-spotify-open-api.yml");
        spec = YAMLMapper.builder().build().readTree(file.toFile());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void endpointExistsWithItsParametersAndLimits(Endpoint endpoint) {
        JsonNode operation = operation(endpoint);
        Map<String, JsonNode> params = parameters(operation);
        assertThat(params.keySet())
                .as(endpoint.describe() + " parameters")
                .containsAll(endpoint.params());
        if (endpoint.limit() > 0) {
            JsonNode limit = params.get("limit");
            assertThat(limit).as(endpoint.describe() + " has a limit").isNotNull();
            assertThat(limit.path("schema").path("maximum").asInt())
                    .as(endpoint.describe() + " default page size is the documented maximum")
                    .isEqualTo(endpoint.limit());
        }
        if (endpoint.batch() > 0) {
            assertThat(documentedMaximum(endpoint, operation, params))
                    .as(endpoint.describe() + " batch size is the documented maximum")
                    .isEqualTo(endpoint.batch());
        }
    }

    @Test
    void searchOffsetCapIsTheDocumentedMaximum() {
        JsonNode offset = parameters(operation(Endpoint.SEARCH)).get("offset");
        assertThat(offset.path("schema").path("maximum").asInt()).isEqualTo(Search.MAX_OFFSET);
    }

    @Test
    void everyRecommendationTunableIsAParameter() {
        Map<String, JsonNode> params = parameters(operation(Endpoint.RECOMMENDATIONS));
        for (String attribute : RecommendationQuery.ATTRIBUTES) {
            for (String prefix : new String[] {"min_", "max_", "target_"}) {
                assertThat(params).as("GET /recommendations").containsKey(prefix + attribute);
            }
        }
    }

    @Test
    void searchTypesAreTheDocumentedEnum() {
        JsonNode type =
                parameters(operation(Endpoint.SEARCH))
                        .get("type")
                        .path("schema")
                        .path("items")
                        .path("enum");
        for (SearchType<?> t :
                new SearchType<?>[] {
                    SearchType.TRACK,
                    SearchType.ARTIST,
                    SearchType.ALBUM,
                    SearchType.PLAYLIST,
                    SearchType.SHOW,
                    SearchType.EPISODE,
                    SearchType.AUDIOBOOK
                }) {
            assertThat(type.toString()).contains("\"" + t.key() + "\"");
        }
    }

    private static JsonNode operation(Endpoint endpoint) {
        JsonNode path = spec.path("paths").path(endpoint.path());
        assertThat(path.isMissingNode())
                .as(endpoint.path() + " is in the OpenAPI description")
                .isFalse();
        JsonNode operation = path.path(endpoint.method().toLowerCase(Locale.ROOT));
        assertThat(operation.isMissingNode())
                .as(endpoint.describe() + " is in the OpenAPI description")
                .isFalse();
        return operation;
    }

    private static Map<String, JsonNode> parameters(JsonNode operation) {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode p : operation.path("parameters")) {
            JsonNode resolved = p.has("$ref") ? resolve(p.path("$ref").asString()) : p;
            if ("query".equals(resolved.path("in").asString())) {
                byName.put(resolved.path("name").asString(), resolved);
            }
        }
        return byName;
    }

    private static JsonNode resolve(String ref) {
        JsonNode node = spec;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    /** The "Maximum: N" (or "maximum of N") stated for the ids, the uris or the request body. */
    private static int documentedMaximum(
            Endpoint endpoint, JsonNode operation, Map<String, JsonNode> params) {
        String text;
        if (params.containsKey("ids")) {
            text =
                    params.get("ids").path("schema").path("description").asString()
                            + params.get("ids").path("description").asString();
        } else if (params.containsKey("uris") && !endpoint.method().equals("POST")) {
            text =
                    params.get("uris").path("schema").path("description").asString()
                            + params.get("uris").path("description").asString();
        } else {
            text = operation.path("requestBody").toString();
        }
        Matcher m = Pattern.compile("(?i)maximum(?: of|:)? (\\d+)").matcher(text);
        assertThat(m.find()).as(endpoint.describe() + " states a maximum: " + text).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
