package dev.spotrec.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3.0 document of the REST API, made from the same {@link ApiEndpoint} list that
 * registers the routes: path parameters come from the {@code {name}} segments, the CSRF header is
 * required on every POST, and the schemas below describe the JSON the handlers write.
 */
final class OpenApi {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApi() {}

    static String document(List<ApiEndpoint> endpoints) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of(
                        "title", "spotrec",
                        "version", "1",
                        "description",
                                "Playlist continuations with explanations, saving them to Spotify, and a"
                                        + " blind experiment. Log in at /login first: the API uses the"
                                        + " session cookie, and POSTs need the X-CSRF-Token header from"
                                        + " GET /api/session."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiEndpoint e : endpoints) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item =
                    (Map<String, Object>)
                            paths.computeIfAbsent(e.path(), p -> new LinkedHashMap<>());
            item.put(e.method().toLowerCase(java.util.Locale.ROOT), operation(e));
        }
        doc.put("paths", paths);
        doc.put(
                "components",
                Map.of(
                        "schemas", schemas(),
                        "securitySchemes",
                                Map.of(
                                        "session",
                                        Map.of(
                                                "type",
                                                "apiKey",
                                                "in",
                                                "cookie",
                                                "name",
                                                Web.COOKIE))));
        doc.put("security", List.of(Map.of("session", List.of())));
        return JsonMapper.builder()
                .build()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(doc);
    }

    private static Map<String, Object> operation(ApiEndpoint e) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", e.summary());
        op.put("operationId", operationId(e));
        List<Object> params = new ArrayList<>();
        Matcher m = PARAM.matcher(e.path());
        while (m.find()) {
            params.add(
                    Map.of(
                            "name",
                            m.group(1),
                            "in",
                            "path",
                            "required",
                            true,
                            "schema",
                            Map.of("type", "string")));
        }
        for (String q : e.query()) {
            params.add(
                    Map.of(
                            "name",
                            q,
                            "in",
                            "query",
                            "required",
                            false,
                            "schema",
                            Map.of(
                                    "type",
                                    "integer",
                                    "minimum",
                                    1,
                                    "maximum",
                                    Continuations.MAX_N,
                                    "default",
                                    Continuations.DEFAULT_N)));
        }
        if ("POST".equals(e.method())) {
            params.add(
                    Map.of(
                            "name",
                            Web.CSRF_HEADER,
                            "in",
                            "header",
                            "required",
                            true,
                            "description",
                            "csrfToken from GET /api/session",
                            "schema",
                            Map.of("type", "string")));
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (e.request() != null) {
            op.put(
                    "requestBody",
                    Map.of(
                            "required",
                            false,
                            "content",
                            Map.of("application/json", Map.of("schema", ref(e.request())))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(
                Integer.toString(e.status()),
                Map.of(
                        "description",
                        "OK",
                        "content",
                        Map.of("application/json", Map.of("schema", ref(e.response())))));
        responses.put("401", error("Not logged in, or the Spotify login expired: log in again"));
        if ("POST".equals(e.method())) {
            responses.put("403", error("Missing or wrong CSRF token"));
        }
        if (e.path().contains("{")) {
            responses.put("404", error("Unknown playlist or trial"));
        }
        responses.put("429", error("Spotify is rate limiting the app; see retryAfterSeconds"));
        op.put("responses", responses);
        return op;
    }

    private static String operationId(ApiEndpoint e) {
        StringBuilder sb = new StringBuilder(e.method().toLowerCase(java.util.Locale.ROOT));
        for (String part : e.path().substring(5).split("/")) {
            String word = part.replaceAll("[{}]", "");
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.toString();
    }

    private static Map<String, Object> error(String description) {
        return Map.of(
                "description",
                description,
                "content",
                Map.of("application/json", Map.of("schema", ref("Error"))));
    }

    private static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }

    private static Map<String, Object> object(Map<String, Object> properties, String... required) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("properties", properties);
        if (required.length > 0) {
            o.put("required", List.of(required));
        }
        return o;
    }

    private static Map<String, Object> type(String t) {
        return Map.of("type", t);
    }

    private static Map<String, Object> nullable(String t) {
        return Map.of("type", t, "nullable", true);
    }

    private static Map<String, Object> arrayOf(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "Error",
                object(
                        props(
                                "error",
                                object(
                                        props(
                                                "status",
                                                type("integer"),
                                                "message",
                                                type("string"),
                                                "retryAfterSeconds",
                                                type("integer"),
                                                "login",
                                                type("string")),
                                        "status",
                                        "message")),
                        "error"));
        s.put(
                "Session",
                object(
                        props(
                                "loggedIn",
                                type("boolean"),
                                "user",
                                Map.of(
                                        "type",
                                        "object",
                                        "nullable",
                                        true,
                                        "properties",
                                        props("id", type("string"), "displayName", type("string"))),
                                "csrfToken",
                                nullable("string"),
                                "login",
                                type("string")),
                        "loggedIn"));
        s.put(
                "PlaylistSummary",
                object(
                        props(
                                "id",
                                type("string"),
                                "name",
                                type("string"),
                                "ownerId",
                                nullable("string"),
                                "tracks",
                                nullable("integer"),
                                "image",
                                nullable("string")),
                        "id",
                        "name"));
        s.put("Playlists", object(props("items", arrayOf(ref("PlaylistSummary"))), "items"));
        s.put(
                "Track",
                object(
                        props(
                                "rank",
                                type("integer"),
                                "trackId",
                                type("string"),
                                "name",
                                type("string"),
                                "artists",
                                arrayOf(type("string")),
                                "album",
                                nullable("string"),
                                "imageUrl",
                                nullable("string"),
                                "explanation",
                                nullable("string"),
                                "rating",
                                nullable("string")),
                        "rank",
                        "trackId",
                        "name",
                        "artists"));
        s.put(
                "Artist",
                object(
                        props(
                                "id",
                                type("string"),
                                "name",
                                type("string"),
                                "imageUrl",
                                nullable("string")),
                        "id",
                        "name"));
        s.put(
                "Continuation",
                object(
                        props(
                                "source",
                                type("string"),
                                "title",
                                nullable("string"),
                                "model",
                                type("string"),
                                "items",
                                arrayOf(ref("Track"))),
                        "source",
                        "model",
                        "items"));
        s.put(
                "Top",
                object(
                        props("tracks", arrayOf(ref("Track")), "artists", arrayOf(ref("Artist"))),
                        "tracks",
                        "artists"));
        s.put(
                "SaveRequest",
                object(
                        props(
                                "name",
                                Map.of("type", "string", "minLength", 1, "maxLength", 100),
                                "n",
                                Map.of(
                                        "type",
                                        "integer",
                                        "minimum",
                                        1,
                                        "maximum",
                                        Continuations.MAX_N))));
        s.put(
                "Saved",
                object(
                        props(
                                "id",
                                type("string"),
                                "name",
                                type("string"),
                                "trackIds",
                                arrayOf(type("string"))),
                        "id",
                        "name",
                        "trackIds"));
        s.put(
                "TrialRequest",
                object(
                        props(
                                "design",
                                Map.of(
                                        "type",
                                        "string",
                                        "enum",
                                        List.of("SIDE_BY_SIDE", "INTERLEAVED")),
                                "n",
                                Map.of(
                                        "type",
                                        "integer",
                                        "minimum",
                                        1,
                                        "maximum",
                                        Continuations.MAX_N))));
        s.put(
                "Trial",
                object(
                        props(
                                "id",
                                type("string"),
                                "design",
                                type("string"),
                                "list1",
                                arrayOf(ref("Track")),
                                "list2",
                                arrayOf(ref("Track")),
                                "interleaved",
                                arrayOf(ref("Track"))),
                        "id",
                        "design"));
        s.put(
                "VoteRequest",
                object(props("list", Map.of("type", "integer", "enum", List.of(1, 2))), "list"));
        s.put(
                "RateRequest",
                object(
                        props("trackId", type("string"), "liked", type("boolean")),
                        "trackId",
                        "liked"));
        s.put("Ok", object(props("ok", type("boolean")), "ok"));
        return s;
    }
}
