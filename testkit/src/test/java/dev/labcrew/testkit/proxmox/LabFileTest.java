package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabFileTest {
  private static final String NODE = "{\"name\":\"pve1\",\"ip\":\"10.0.0.1\",\"maxcpu\":4,\"maxmem\":8589934592}";

  @TempDir
  Path dir;

  /** Built-in labs skip the file checks when loaded by name, so the build checks them here as any file. */
  @Test
  void should_find_nothing_to_warn_about_in_the_built_in_lab_read_as_a_file() throws IOException {
    byte[] json;
    try (var in = Scenario.class.getResourceAsStream("/dev/labcrew/testkit/proxmox/scenarios/homelab-incidents.json")) {
      json = in.readAllBytes();
    }
    Scenario checked = Scenario.fromJson("homelab-incidents.json", json);
    assertThat(checked.warnings()).isEmpty();
    assertThat(Scenario.named("homelab-incidents").spec()).isEqualTo(checked.spec());
  }

  @Test
  void should_load_a_minimal_lab_file_with_a_default_admin_token() throws IOException {
    Path file = write("{\"nodes\":[" + NODE + "],\"guests\":[{\"vmid\":101,\"node\":\"pve1\"}]}");

    try (FakeProxmox pve = FakeProxmox.builder().scenario(file.toString()).build().start()) {
      assertThat(pve.tokenId()).isEqualTo("root@pam!labcrew");
      assertThat(pve.scenarioName()).isEqualTo("custom");
    }
  }

  @Test
  void should_name_the_json_path_and_the_expected_type_of_a_wrong_value() throws IOException {
    Path file = write("{\"nodes\":[" + NODE + "],\"guests\":[{\"vmid\":\"oops\",\"node\":\"pve1\"}]}");

    assertThatThrownBy(() -> Scenario.load(file.toString())).isInstanceOf(LabFileException.class)
        .hasMessage("lab file " + file + ": $.guests[0].vmid: expected an integer, got \"oops\"");
  }

  @Test
  void should_name_where_a_truncated_file_ends() throws IOException {
    Path file = write("{\"guests\": [ {\"vmid\": 5");

    assertThatThrownBy(() -> Scenario.load(file.toString())).isInstanceOf(LabFileException.class)
        .hasMessage("lab file " + file + ": $.guests[0].vmid: not valid JSON (line 1, column 24): "
            + "the file ends before this value is closed")
        .hasMessageNotContaining("\n");
  }

  @Test
  void should_refuse_a_guest_on_a_node_the_lab_does_not_have() throws IOException {
    Path file = write("{\"nodes\":[" + NODE + "],\"guests\":[{\"vmid\":101,\"node\":\"pve9\"}]}");

    assertThatThrownBy(() -> Scenario.load(file.toString())).isInstanceOf(LabFileException.class)
        .hasMessageContaining("unknown node pve9");
  }

  @Test
  void should_ignore_unknown_fields_and_list_them_as_warnings() throws IOException {
    Path file = write("{\"nodes\":[" + NODE + "],\"futureThing\":{\"a\":[1,2]},"
        + "\"guests\":[{\"vmid\":101,\"node\":\"pve1\",\"colour\":\"red\"}]}");

    Scenario lab = Scenario.load(file.toString());

    assertThat(lab.warnings()).containsExactly(
        "lab file " + file + ": $.futureThing: unknown field, ignored",
        "lab file " + file + ": $.guests[0].colour: unknown field, ignored");
  }

  @Test
  void should_say_when_a_name_is_neither_built_in_nor_a_file() {
    assertThatThrownBy(() -> Scenario.load(dir.resolve("missing.json").toString()))
        .isInstanceOf(LabFileException.class).hasMessageContaining("no such file");
  }

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("lab.json"), json);
  }
}
