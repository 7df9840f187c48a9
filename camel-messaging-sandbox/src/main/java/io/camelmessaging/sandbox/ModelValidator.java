package io.camelmessaging.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates a request body against an input shape of {@code constraints.json} the way the service does: required
 * members, unknown members, types, lengths in code points, whole-value patterns, enums, ranges and counts.
 */
final class ModelValidator {

    /** One field the service refuses, as in the AWS {@code ValidationException} {@code Fields} list. */
    record FieldError(String name, String message, boolean missing) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode MODEL = load();

    private final JsonNode shape;

    private ModelValidator(JsonNode shape) {
        this.shape = shape;
    }

    /** The validator of an input shape, e.g. {@code aws.pinpoint-sms-voice-v2} / {@code SendTextMessageRequest}. */
    static ModelValidator of(String api, String inputShape) {
        JsonNode node = MODEL.path(api).path("inputs").path(inputShape);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("No input shape " + inputShape + " in " + api);
        }
        return new ModelValidator(node);
    }

    /** Every error of the request, empty when the service would accept it. */
    List<FieldError> validate(JsonNode request) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode members = shape.path("members");
        for (JsonNode required : shape.path("required")) {
            JsonNode value = request.get(required.asText());
            if (value == null || value.isNull()) {
                errors.add(new FieldError(required.asText(), "Member must not be null", true));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode member = members.get(field.getKey());
            if (member == null) {
                errors.add(new FieldError(field.getKey(), "Unknown member", false));
            } else if (!field.getValue().isNull()) {
                check(field.getKey(), member, field.getValue(), errors);
            }
        }
        return errors;
    }

    private static void check(String name, JsonNode rule, JsonNode value, List<FieldError> errors) {
        switch (rule.path("type").asText()) {
            case "string" -> checkString(name, rule, value, errors);
            case "integer" -> checkInteger(name, rule, value, errors);
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(new FieldError(name, "Member must be a boolean", false));
                }
            }
            case "list" -> checkList(name, rule, value, errors);
            case "map" -> checkMap(name, rule, value, errors);
            default -> errors.add(new FieldError(name, "Unsupported member type in the model", false));
        }
    }

    private static void checkString(String name, JsonNode rule, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            errors.add(new FieldError(name, "Member must be a string", false));
            return;
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (rule.has("minLength") && length < rule.get("minLength").asInt()) {
            errors.add(new FieldError(name, "Member must have length greater than or equal to "
                                            + rule.get("minLength").asInt(), false));
        } else if (rule.has("maxLength") && length > rule.get("maxLength").asInt()) {
            errors.add(new FieldError(name, "Member must have length less than or equal to "
                                            + rule.get("maxLength").asInt(), false));
        } else if (rule.has("pattern") && !Patterns.get(rule.get("pattern").asText()).matcher(text).matches()) {
            errors.add(new FieldError(name, "Member must satisfy regular expression pattern: "
                                            + rule.get("pattern").asText(), false));
        }
        if (rule.has("enum") && !contains(rule.get("enum"), text)) {
            errors.add(new FieldError(name, "Member must satisfy enum value set: " + rule.get("enum"), false));
        }
    }

    private static void checkInteger(String name, JsonNode rule, JsonNode value, List<FieldError> errors) {
        if (!value.isIntegralNumber()) {
            errors.add(new FieldError(name, "Member must be an integer", false));
        } else if (rule.has("minValue") && value.asLong() < rule.get("minValue").asLong()) {
            errors.add(new FieldError(name, "Member must have value greater than or equal to "
                                            + rule.get("minValue").asLong(), false));
        } else if (rule.has("maxValue") && value.asLong() > rule.get("maxValue").asLong()) {
            errors.add(new FieldError(name, "Member must have value less than or equal to "
                                            + rule.get("maxValue").asLong(), false));
        }
    }

    private static void checkList(String name, JsonNode rule, JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            errors.add(new FieldError(name, "Member must be a list", false));
            return;
        }
        if (value.size() < rule.path("minItems").asInt(0) || value.size() > rule.path("maxItems").asInt(Integer.MAX_VALUE)) {
            errors.add(new FieldError(name, "Member must have between " + rule.path("minItems").asInt(0) + " and "
                                            + rule.path("maxItems").asInt(Integer.MAX_VALUE) + " items", false));
        }
        for (int i = 0; i < value.size(); i++) {
            check(name + "." + (i + 1), rule.get("member"), value.get(i), errors);
        }
    }

    private static void checkMap(String name, JsonNode rule, JsonNode value, List<FieldError> errors) {
        if (!value.isObject()) {
            errors.add(new FieldError(name, "Member must be a map", false));
            return;
        }
        if (value.size() > rule.path("maxEntries").asInt(Integer.MAX_VALUE)) {
            errors.add(new FieldError(name, "Member must have at most " + rule.get("maxEntries").asInt()
                                            + " entries", false));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            check(name + ".key", rule.get("key"), JSON.getNodeFactory().textNode(entry.getKey()), errors);
            check(name + "." + entry.getKey(), rule.get("value"), entry.getValue(), errors);
        }
    }

    private static boolean contains(JsonNode values, String text) {
        for (JsonNode v : values) {
            if (v.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode load() {
        try (InputStream in = ModelValidator.class.getResourceAsStream("constraints.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiled model patterns, shared by every request. */
    private static final class Patterns {
        private static final Map<String, Pattern> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Pattern get(String regex) {
            return CACHE.computeIfAbsent(regex, Pattern::compile);
        }
    }
}
