package rongcloud.gateway.domain.push;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of an undocumented statistics endpoint, as sent (without its code): values are JSON values as
 * plain Java objects (String, Number, Boolean, null, List, Map).
 */
public record PushStats(Map<String, Object> fields) {
    public PushStats {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
