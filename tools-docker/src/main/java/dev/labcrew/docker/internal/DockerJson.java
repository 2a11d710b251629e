package dev.labcrew.docker.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for Engine API answers: unknown fields ignored (every API version adds some),
 * property names matched regardless of case ({@code Id} onto {@code id}), nulls for missing primitives.
 */
public final class DockerJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
        .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
        .build();

    private DockerJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
