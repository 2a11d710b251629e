package dev.labcrew.mcp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON objects whose keys keep the order written: {@code Map.of} iterates in an order that changes from one JVM
 * to the next, so a form or schema built with it showed its fields in a different order on every start.
 */
final class JsonObjects {
    private JsonObjects() {
    }

    /** {@code of("type", "object", "required", List.of("x"))}: keys and values alternating, in that order. */
    static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(object);
    }
}
