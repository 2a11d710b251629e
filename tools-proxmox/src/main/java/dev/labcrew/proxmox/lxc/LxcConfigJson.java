package dev.labcrew.proxmox.lxc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the config object: values to text (numbers stay as sent), {@code lxc} pairs and {@code digest} apart. */
final class LxcConfigJson {

    private LxcConfigJson() {
    }

    static LxcConfig read(JsonNode data) {
        Map<String, String> values = new LinkedHashMap<>();
        List<RawLxcEntry> raw = new ArrayList<>();
        String digest = null;
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("digest")) {
                digest = value.asText(null);
            } else if (key.equals("lxc") && value.isArray()) {
                value.forEach(pair -> raw.add(new RawLxcEntry(pair.path(0).asText(""), pair.path(1).asText(""))));
            } else if (!value.isNull()) {
                values.put(key, text(value));
            }
        }
        return new LxcConfig(values, raw, digest);
    }

    private static String text(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "1" : "0";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
