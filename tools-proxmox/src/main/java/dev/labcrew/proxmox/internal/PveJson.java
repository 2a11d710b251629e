package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The one ObjectMapper for PVE JSON, tuned for its quirks: numbers as strings ({@code "0.4"},
 * {@code "vmid":"100"}), booleans as {@code 0/1} or {@code "0"/"1"}, missing fields as defaults,
 * unknown fields ignored, empty strings as missing values.
 */
final class PveJson {
    private static final ObjectMapper MAPPER = newMapper();

    private PveJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static ObjectMapper newMapper() {
        SimpleModule lenient = new SimpleModule("pve-lenient");
        lenient.addDeserializer(boolean.class, new LenientBooleanDeserializer(true));
        lenient.addDeserializer(Boolean.class, new LenientBooleanDeserializer(false));
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(lenient)
                .build();
        // "disk":"" and "template":"" appear in real list output: treat as absent
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        return mapper;
    }
}
