package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.proxmox.diagnosis.StartupDiagnosis;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.labcrew.testkit.proxmox.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A template never starts: that is no failure to diagnose. */
class TemplateTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario(load());

    private static Scenario load() {
        try {
            return Scenario.fromFile(Path.of(TemplateTest.class.getResource("/labs/templates.json").toURI()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_not_call_a_stopped_template_a_failed_start() {
        try (LabFixture lab = new LabFixture(pve.fake())) {
            StartupDiagnosis d = (StartupDiagnosis) lab.call("troubleshoot_lxc_startup", java.util.Map.of("vmid", 8000)).value();
            assertThat(d.status()).isEqualTo("template");
            assertThat(d.unknown()).isNull();
            assertThat(d.findings()).singleElement().satisfies(f -> assertThat(f.title()).contains("is a template"));
        }
    }
}
