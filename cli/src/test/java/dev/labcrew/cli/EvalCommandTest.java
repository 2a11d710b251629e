package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline eval is the regression gate: every corpus incident must keep cause, fix and evidence right. */
class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void should_get_cause_fix_and_evidence_right_on_every_corpus_incident() throws IOException {
        Cli cli = Cli.run("eval", "--json");

        JsonNode incidents = JSON.readTree(cli.out()).get("incidents");
        List<String> wrong = new ArrayList<>();
        incidents.forEach(i -> {
            if (!(i.get("cause").asBoolean() && i.get("fix").asBoolean() && i.get("evidence").asBoolean())) {
                wrong.add(i.get("id").asText() + " found " + i.get("found").asText());
            }
        });
        assertThat(wrong).as("regressed incidents").isEmpty();
        assertThat(incidents.size()).isGreaterThanOrEqualTo(40);
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void should_build_a_third_of_the_corpus_from_public_reports_and_reproduce_every_new_signature() throws IOException {
        List<EvalIncident> corpus = EvalCorpus.builtIn();
        List<String> ids = corpus.stream().map(EvalIncident::id).toList();

        assertThat(corpus.stream().filter(EvalIncident::isPublic).count() * 3).isGreaterThanOrEqualTo(corpus.size());
        assertThat(corpus).filteredOn(EvalIncident::isPublic).allSatisfy(i -> assertThat(i.source()).isNotBlank());
        try (InputStream in = getClass().getResourceAsStream("/dev/labcrew/proxmox/diagnosis/signatures.json")) {
            JsonNode signatures = JSON.readTree(in).get("signatures");
            signatures.forEach(s -> {
                if (s.has("scenario")) {
                    assertThat(ids).as("scenario of " + s.get("id").asText()).contains(s.get("scenario").asText());
                }
            });
        }
    }

    @Test
    void should_fail_and_say_what_it_found_when_an_incident_is_not_diagnosed() throws IOException {
        Files.writeString(dir.resolve("wrong.json"), """
            {"id": "expects-the-wrong-cause", "lab": "homelab-incidents",
             "expect": {"target": "ct/102@pve1", "cause": "storage-not-online", "fix": "pvesm", "evidence": "x"}}
            """);

        Cli cli = Cli.run("eval", "--scenario", dir.toString());

        assertThat(cli.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(cli.out()).contains("expects-the-wrong-cause").contains("NO").contains("run-pve-missing")
            .contains("1 incidents: cause 0, fix 0, evidence 0, all three 0");
    }
}
