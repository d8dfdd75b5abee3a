package rongcloud.gateway.adapter.out.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON documents that RongCloud carries inside string fields (catalog type {@code json}), e.g. userProfile:
 * written as text for form fields, read from text (as documented) or from an inline object (tolerated).
 */
public final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonText() {
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The object a field carries as {@code type}; null when absent, blank, unreadable or not an object. */
    public static <T> T read(JsonNode field, Class<T> type) {
        JsonNode object = object(field);
        return object == null ? null : JSON.convertValue(object, type);
    }

    /** A flat object of attributes as strings (non-scalar values as their JSON text); empty when absent. */
    public static Map<String, String> attributes(JsonNode field) {
        JsonNode object = object(field);
        Map<String, String> values = new LinkedHashMap<>();
        if (object != null) {
            object.fields().forEachRemaining(f -> values.put(f.getKey(),
                    f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
        }
        return values;
    }

    private static JsonNode object(JsonNode field) {
        if (field == null || field.isNull()) {
            return null;
        }
        JsonNode node = field;
        if (field.isTextual()) {
            try {
                node = field.asText().isBlank() ? null : JSON.readTree(field.asText());
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        return node != null && node.isObject() ? node : null;
    }
}
