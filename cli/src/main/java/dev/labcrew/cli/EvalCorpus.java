package dev.labcrew.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.LabcrewException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The incidents of an eval: the corpus shipped with Labcrew, or every {@code *.json} of a directory. */
final class EvalCorpus {
    private static final String BUILT_IN = "/dev/labcrew/cli/eval/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalCorpus() {
    }

    static List<EvalIncident> builtIn() {
        List<EvalIncident> incidents = new ArrayList<>();
        for (String id : resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            incidents.add(parse(id, resource("incidents/" + id + ".json").getBytes(StandardCharsets.UTF_8)));
        }
        return incidents;
    }

    static List<EvalIncident> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw LabcrewException.badInput("no eval directory " + dir, "pass a directory of incident JSON files");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<EvalIncident> incidents = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                incidents.add(parse(file.toString(), Files.readAllBytes(file)));
            }
            return incidents;
        } catch (IOException e) {
            throw LabcrewException.badInput("cannot read " + dir + ": " + e.getMessage(), "check the directory");
        }
    }

    private static EvalIncident parse(String origin, byte[] json) {
        try {
            EvalIncident incident = JSON.readValue(json, EvalIncident.class);
            if (incident.id() == null || incident.expect() == null || incident.lab() == null) {
                throw LabcrewException.badInput("eval incident " + origin + " needs id, expect and lab",
                    "see an incident under cli/src/main/resources/dev/labcrew/cli/eval/incidents");
            }
            return incident;
        } catch (IOException e) {
            throw LabcrewException.badInput("eval incident " + origin + " is not valid JSON: "
                + e.getMessage().lines().findFirst().orElse(""), "fix the file");
        }
    }

    private static String resource(String name) {
        try (InputStream in = EvalCorpus.class.getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
