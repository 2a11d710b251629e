package dev.labcrew.core.policy;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.labcrew.core.LabcrewException;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a policy document (JSON or YAML) and turns any mistake into one message naming the place. */
final class PolicyReader {
    static final String HINT = "fix the policy file; the Policy Javadoc and policy/example.yaml show every key";
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    private static final ObjectMapper YAML = configure(YAMLMapper.builder().build());

    private PolicyReader() {
    }

    static Policy read(String text, boolean yaml, String source) {
        if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            return Policy.defaults();
        }
        PolicyDocument document;
        try {
            document = (yaml ? YAML : JSON).readValue(text, PolicyDocument.class);
        } catch (JsonProcessingException e) {
            throw LabcrewException.badInput(describe(source, yaml, e), HINT);
        }
        try {
            return PolicyCompiler.compile(document == null ? new PolicyDocument() : document);
        } catch (PolicyError e) {
            throw LabcrewException.badInput(source + ": " + e.field() + ": " + e.getMessage(), HINT);
        }
    }

    private static String describe(String source, boolean yaml, JsonProcessingException e) {
        StreamReadException syntax = syntaxError(e);
        JsonLocation location = (syntax != null ? syntax : e).getLocation();
        String where = source + (location != null && location.getLineNr() > 0 ? " line " + location.getLineNr() : "");
        if (syntax != null) {
            return where + ": not valid " + (yaml ? "YAML" : "JSON") + " (" + firstLines(syntax.getOriginalMessage()) + ")";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<JsonMappingException.Reference> path = unknown.getPath();
            String parent = path(path.subList(0, Math.max(0, path.size() - 1)));
            String known = unknown.getKnownPropertyIds() == null ? "" : "; known keys here: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return where + ": unknown key '" + unknown.getPropertyName() + "'" + (parent.isEmpty() ? "" : " in " + parent) + known;
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        return where + ": " + (field.isEmpty() ? "the document" : field) + " has the wrong type or value ("
                + firstLines(e.getOriginalMessage()) + ")";
    }

    /** The parse failure behind the exception, when the text itself is broken rather than its content. */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read && !(t instanceof JsonMappingException)) {
                return read;
            }
        }
        return null;
    }

    /** Parser messages carry a source excerpt over several lines; keep the sentences. */
    private static String firstLines(String message) {
        return message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.contains("in 'reader'"))
                .map(String::strip).collect(Collectors.joining("; "));
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }
}
