package dev.spotrec.emulator;

import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A validator for the OpenAPI 3.0 subset that Spotify's description uses: {@code $ref}, {@code
 * type}, {@code nullable}, {@code required}, {@code properties}, {@code items}, {@code allOf},
 * {@code oneOf}, {@code enum} and numeric {@code minimum}/{@code maximum}. Extra properties are
 * allowed, as in the description. {@code oneOf} passes when at least one branch does (Spotify's
 * discriminated track/episode unions overlap only on optional fields).
 *
 * <p>Idea: a recursive walk of value and schema together, O(size of the value · depth of refs).
 */
final class OpenApiSchemas {
    private final JsonNode root;
    private final Set<String> mayBeMissing;
    private final Set<String> mayBeNull;

    private OpenApiSchemas(JsonNode root, Set<String> mayBeMissing, Set<String> mayBeNull) {
        this.root = root;
        this.mayBeMissing = mayBeMissing;
        this.mayBeNull = mayBeNull;
    }

    static OpenApiSchemas load(File yaml) {
        return new OpenApiSchemas(YAMLMapper.builder().build().readTree(yaml), Set.of(), Set.of());
    }

    /**
     * A validator that accepts these required properties being absent (removed in development
     * mode).
     */
    OpenApiSchemas allowingMissing(Set<String> names) {
        return new OpenApiSchemas(root, names, mayBeNull);
    }

    /**
     * A validator that accepts null for these properties: Spotify sends {@code "next": null} and
     * {@code "after": null} on the last cursor page although the description says string.
     */
    OpenApiSchemas allowingNull(Set<String> names) {
        return new OpenApiSchemas(root, mayBeMissing, names);
    }

    /** The response schema of an operation, e.g. ("get", "/tracks/{id}", "200"). */
    JsonNode responseSchema(String method, String pathTemplate, String status) {
        JsonNode op = root.path("paths").path(pathTemplate).path(method);
        if (op.isMissingNode()) {
            throw new IllegalArgumentException("no operation " + method + " " + pathTemplate);
        }
        JsonNode response = resolve(op.path("responses").path(status));
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException(
                    "no JSON schema for " + method + " " + pathTemplate + " " + status);
        }
        return schema;
    }

    JsonNode componentSchema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** The list of problems, each with its JSON path; empty when valid. */
    List<String> validate(JsonNode value, JsonNode schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "$", errors);
        return errors;
    }

    private JsonNode resolve(JsonNode node) {
        int guard = 0;
        while (node.has("$ref")) {
            String ref = node.get("$ref").asString();
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
            if (++guard > 20) {
                throw new IllegalStateException("$ref loop at " + ref);
            }
        }
        return node;
    }

    private void check(JsonNode value, JsonNode schemaRef, String path, List<String> errors) {
        JsonNode schema = resolve(schemaRef);
        if (value == null || value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && !allOfNullable(schema)) {
                errors.add(path + ": null where " + describe(schema) + " is required");
            }
            return;
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                check(value, part, path, errors);
            }
        }
        if (schema.has("oneOf")) {
            boolean any = false;
            List<String> first = null;
            for (JsonNode branch : schema.get("oneOf")) {
                List<String> e = new ArrayList<>();
                check(value, branch, path, e);
                if (e.isEmpty()) {
                    any = true;
                    break;
                }
                first = first == null ? e : first;
            }
            if (!any && first != null) {
                errors.addAll(first);
            }
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "object" -> expect(value.isObject(), path, "an object", value, errors);
            case "array" -> expect(value.isArray(), path, "an array", value, errors);
            case "string" -> expect(value.isString(), path, "a string", value, errors);
            case "integer" -> expect(value.isIntegralNumber(), path, "an integer", value, errors);
            case "number" -> expect(value.isNumber(), path, "a number", value, errors);
            case "boolean" -> expect(value.isBoolean(), path, "a boolean", value, errors);
            default -> {}
        }
        if (schema.has("enum") && !value.isContainer()) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.asString().equals(value.asString());
            }
            expect(found, path, "one of " + schema.get("enum"), value, errors);
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                errors.add(path + ": " + value + " below minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                errors.add(path + ": " + value + " above maximum " + schema.get("maximum"));
            }
        }
        if (value.isObject()) {
            for (JsonNode req : schema.path("required")) {
                String name = req.asString();
                if (!value.has(name) && !mayBeMissing.contains(name)) {
                    errors.add(path + ": missing required property '" + name + "'");
                }
            }
            JsonNode props = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = props.properties().iterator();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                if (value.has(p.getKey())
                        && !(value.get(p.getKey()).isNull() && mayBeNull.contains(p.getKey()))) {
                    check(value.get(p.getKey()), p.getValue(), path + "." + p.getKey(), errors);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                check(item, schema.get("items"), path + "[" + i++ + "]", errors);
            }
        }
    }

    private boolean allOfNullable(JsonNode schema) {
        for (JsonNode part : schema.path("allOf")) {
            if (resolve(part).path("nullable").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode schema) {
        return schema.has("type") ? schema.get("type").asString() : "a value";
    }

    private static void expect(
            boolean ok, String path, String what, JsonNode value, List<String> errors) {
        if (!ok) {
            String shown = value.toString();
            errors.add(
                    path
                            + ": expected "
                            + what
                            + ", got "
                            + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown));
        }
    }

    static Set<String> names(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
