package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.testkit.proxmox.LabFileException;
import dev.labcrew.testkit.proxmox.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioPrefetchTest {
    private static final Map<String, String> NOTHING_CONFIGURED = Map.of("XDG_CONFIG_HOME", "/nonexistent");

    @Test
    void should_hand_over_the_built_in_scenario_read_while_the_command_line_was_parsed() {
        ScenarioPrefetch.start(new String[] {"tools", "call", "list_lxc_containers", "--demo"}, NOTHING_CONFIGURED);

        Scenario lab = ScenarioPrefetch.load(LabOptions.DEFAULT_SCENARIO);

        assertThat(lab.name()).isEqualTo(LabOptions.DEFAULT_SCENARIO);
    }

    @Test
    void should_read_what_the_command_asks_for_when_the_guess_was_another_lab(@TempDir Path dir) throws Exception {
        ScenarioPrefetch.start(new String[] {"triage", "--demo"}, NOTHING_CONFIGURED);
        Path file = Files.writeString(dir.resolve("lab.json"), "{\"name\": \"mine\", \"nodes\": [{\"name\": \"n1\"}]}");

        assertThat(ScenarioPrefetch.load(file.toString()).name()).isEqualTo("mine");
    }

    @Test
    void should_never_read_a_lab_file_early_and_still_refuse_a_missing_one() {
        ScenarioPrefetch.start(new String[] {"tools", "call", "x", "--scenario", "/nonexistent/lab.json"}, NOTHING_CONFIGURED);

        assertThatThrownBy(() -> ScenarioPrefetch.load("/nonexistent/lab.json")).isInstanceOf(LabFileException.class);
    }

    @Test
    void should_leave_commands_that_open_no_lab_alone() {
        ScenarioPrefetch.start(new String[] {"tools", "list", "--demo"}, NOTHING_CONFIGURED);
        ScenarioPrefetch.start(new String[] {"approvals", "list"}, NOTHING_CONFIGURED);

        assertThat(ScenarioPrefetch.load("homelab-incidents").name()).isEqualTo("homelab-incidents");
    }
}
