package dev.labcrew.core.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyErrorsTest {
    @TempDir
    Path dir;

    @Test
    void should_name_the_file_line_and_unknown_key() throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "readOnly: false\nrules:\n  - name: heal\n    decison: approve\n");

        assertThatThrownBy(() -> Policy.load(file))
                .isInstanceOf(LabcrewException.class)
                .hasMessage(file + " line 4: unknown key 'decison' in rules[0]; known keys here: decision, name, nodes, reason,"
                        + " risks, tags, tools, vmids")
                .satisfies(e -> {
                    LabcrewException failure = (LabcrewException) e;
                    org.assertj.core.api.Assertions.assertThat(failure.kind()).isEqualTo(ErrorKind.BAD_INPUT);
                    org.assertj.core.api.Assertions.assertThat(failure.hint()).contains("example.yaml");
                });
    }

    @Test
    void should_reject_an_unknown_top_level_key_in_json() {
        assertThatThrownBy(() -> Policy.parse("{\n  \"readonly\": true\n}", false))
                .hasMessageStartingWith("policy (JSON) line 2: unknown key 'readonly'")
                .hasMessageContaining("readOnly");
    }

    @Test
    void should_reject_values_it_cannot_use() {
        assertThatThrownBy(() -> Policy.parse("rules: [{decision: maybe}]", true))
                .hasMessage("policy (YAML): rules[0].decision: 'maybe' is not approve, deny or ask");
        assertThatThrownBy(() -> Policy.parse("rules: [{tools: [x]}]", true))
                .hasMessage("policy (YAML): rules[0].decision: is missing (approve, deny or ask)");
        assertThatThrownBy(() -> Policy.parse("allow: {vmids: ['199-100']}", true))
                .hasMessage("policy (YAML): allow.vmids: range '199-100' ends before it starts");
        assertThatThrownBy(() -> Policy.parse("allow: {vmids: [abc]}", true))
                .hasMessageContaining("'abc' is not an id or a range");
        assertThatThrownBy(() -> Policy.parse("twoPersonRule: [DANGEROUS]", true))
                .hasMessageContaining("twoPersonRule: 'DANGEROUS' is not READ_ONLY, MUTATING or DESTRUCTIVE");
        assertThatThrownBy(() -> Policy.parse("default: approve", true))
                .hasMessageContaining("default: must be ask or deny");
        assertThatThrownBy(() -> Policy.parse("readOnly: maybe", true))
                .hasMessageStartingWith("policy (YAML) line 1: readOnly has the wrong type or value");
    }

    @Test
    void should_reject_an_approve_rule_for_a_risk_that_needs_two_people() {
        assertThatThrownBy(() -> Policy.parse("twoPersonRule: [DESTRUCTIVE]\nrules: [{risks: [DESTRUCTIVE], decision: approve}]", true))
                .hasMessageContaining("rules[0].risks: rule 'rules[0]' approves [DESTRUCTIVE] but twoPersonRule requires two");
    }

    @Test
    void should_report_broken_syntax_and_a_missing_file() {
        assertThatThrownBy(() -> Policy.parse("rules: [", true)).hasMessageStartingWith("policy (YAML) line ").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> Policy.parse("{\"rules\": }", false)).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Policy.load(dir.resolve("missing.yaml")))
                .isInstanceOf(LabcrewException.class)
                .hasMessageStartingWith("Cannot read the policy file " + dir.resolve("missing.yaml"));
    }

    @Test
    void should_reject_a_duplicated_key() {
        assertThatThrownBy(() -> Policy.parse("default: ask\ndefault: deny\n", true)).hasMessageContaining("default");
    }
}
