package rongcloud.gateway.adapter.out.rest;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body built field by field with RongCloud's exact names, for endpoints with many optional
 * parameters: unset values (null, empty strings, empty collections) are left out. {@link #form()} gives the
 * form fields (collections become repeated fields), {@link #json()} the JSON object.
 */
public final class WireBody {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static WireBody of() {
        return new WireBody();
    }

    /** Adds a value unless it is null, an empty string or an empty collection/map. */
    public WireBody put(String name, Object value) {
        if (value == null || value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty()) {
            return this;
        }
        fields.put(name, value);
        return this;
    }

    /** RongCloud's 0/1 flags: sends 1 when true, nothing when false (0 is every such flag's default). */
    public WireBody flag(String name, boolean value) {
        return value ? put(name, 1) : this;
    }

    /** 0/1 flags whose default is 1: sends the value when set, nothing when null. */
    public WireBody flag(String name, Boolean value) {
        return value == null ? this : put(name, value ? 1 : 0);
    }

    /** true/false switches: sends true when true, nothing when false (false is every such switch's default). */
    public WireBody bool(String name, boolean value) {
        return value ? put(name, true) : this;
    }

    public MultivaluedMap<String, String> form() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        fields.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> form.add(name, String.valueOf(v)));
            } else {
                form.add(name, String.valueOf(value));
            }
        });
        return form;
    }

    public Map<String, Object> json() {
        return fields;
    }
}
