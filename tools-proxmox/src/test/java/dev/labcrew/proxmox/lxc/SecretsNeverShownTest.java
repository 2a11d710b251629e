package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Across every tool's output on the demo lab, the token secret and the seeded secrets never appear. */
class SecretsNeverShownTest {
    private static final String PG_PASSWORD = "Sup3r-Secret-Pg-2024";
    private static final String KEY_BODY = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";

    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_never_show_the_token_secret_or_seeded_secrets() {
        ToolRuntime runtime = lab.approving();
        List<String> outputs = new ArrayList<>();
        List<Integer> vmids = new LxcInventoryTools(lab.client).listLxcContainers(null, null).containers().stream()
            .map(LxcRow::vmid).toList();
        for (ToolDefinition tool : runtime.catalog().definitions()) {
            boolean perGuest = tool.params().stream().anyMatch(p -> p.name().equals("vmid"));
            if (!tool.risk().needsApproval()) {
                for (int vmid : perGuest ? vmids : List.of(0)) {
                    Map<String, Object> args = perGuest ? Map.of("vmid", vmid, "lines", 200) : Map.of();
                    if (!tool.name().equals("check_lxc_logs") && perGuest) {
                        args = Map.of("vmid", vmid);
                    }
                    outputs.add(runtime.call(tool.name(), args).text());
                }
            }
        }
        outputs.add(runtime.call("update_lxc_resources", Map.of("vmid", 200, "memory", 8192, "dry_run", true)).text());
        assertThat(String.join("\n", outputs)).contains("postgres").contains("[REDACTED:private-key]").contains("PGPASSWORD=[REDACTED:password]")
            .doesNotContain(pve.fake().tokenSecret()).doesNotContain(PG_PASSWORD).doesNotContain(KEY_BODY);
    }
}
