package dev.labcrew.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON form of the command line's output: indented, ISO-8601 times, records as objects. */
final class JsonOutput {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static String of(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }
}
