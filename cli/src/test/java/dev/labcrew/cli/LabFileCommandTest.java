package dev.labcrew.cli;

import static dev.labcrew.cli.ToolsCommandTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabFileCommandTest {
    private static final String LAB = """
        {"name": "my-lab", "nodes": [{"name": "pve1", "ip": "10.0.0.1", "maxcpu": 4, "maxmem": 8589934592}],
         "guests": [{"vmid": 120, "node": "pve1", "status": "running",
                     "config": {"hostname": "from-my-file", "memory": 512, "rootfs": "local-lvm:vm-120-disk-0,size=4G"},
                     "shoeSize": 44}]}
        """;

    @TempDir
    Path dir;

    @Test
    void should_run_every_lab_command_on_a_lab_file() throws IOException {
        Path lab = Files.writeString(dir.resolve("lab.json"), LAB);

        Cli triage = Cli.run("triage", "--scenario", lab.toString(), "--approve", "never");
        Cli call = Cli.run("tools", "call", "check_lxc_status", "vmid=120", "--scenario", lab.toString());
        Cli doctor = Cli.run("doctor", "--scenario", lab.toString());

        assertThat(triage.exitCode()).as(triage.all()).isZero();
        assertThat(triage.err()).contains("$.guests[0].shoeSize: unknown field, ignored");
        assertThat(call.out()).as(call.all()).contains("from-my-file");
        assertThat(doctor.out()).contains(lab.toString());
    }

    @Test
    void should_refuse_a_broken_lab_file_in_one_line_naming_the_json_path() throws IOException {
        Path lab = Files.writeString(dir.resolve("broken.json"), "{\"guests\": [ {\"vmid\": \"oops\"}]}");

        Cli cli = Cli.run("triage", "--scenario", lab.toString(), "--approve", "never");

        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err().lines().findFirst()).hasValue(
            "labcrew: lab file " + lab + ": $.guests[0].vmid: expected an integer, got \"oops\"");
        assertNoStackTrace(cli);
    }
}
