package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.labcrew.testkit.proxmox.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResizeDiskTest {
    @RegisterExtension
    FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

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
    void should_preview_before_and_after_then_grow_with_the_digest_read_before() {
        ToolResult preview = lab.approving().call("resize_lxc_disk", Map.of("vmid", 101, "grow_gib", 4, "dry_run", true));
        assertThat(preview.text()).contains("rootfs: 4G -> 8G").contains("cannot shrink");
        assertThat(writes()).isEmpty();
        String digest = new LxcConfigTools(lab.client).getLxcConfig(101, null).config().digest();

        ToolResult done = lab.approving().call("resize_lxc_disk", Map.of("vmid", 101, "grow_gib", 4));

        assertThat(done.text()).as(done.text()).contains("rootfs is now 8G");
        RecordedRequest put = writes().get(0);
        assertThat(put.path()).endsWith("/lxc/101/resize");
        assertThat(put.body()).contains("disk=rootfs").contains("size=%2B4G").contains("digest=" + digest);
    }

    @Test
    void should_refuse_to_shrink_or_to_resize_what_is_not_a_volume() {
        assertThat(lab.approving().call("resize_lxc_disk", Map.of("vmid", 101, "grow_gib", -2)).errorKind())
            .isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(lab.approving().call("resize_lxc_disk", Map.of("vmid", 102, "grow_gib", 2, "disk", "mp0")).text())
            .contains("not a sized volume");
        assertThat(lab.approving().call("resize_lxc_disk", Map.of("vmid", 101, "grow_gib", 2, "disk", "mp7")).errorKind())
            .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(writes()).isEmpty();
    }

    @Test
    void should_change_nothing_when_the_gate_denies() {
        ToolResult denied = lab.call("resize_lxc_disk", Map.of("vmid", 101, "grow_gib", 4));

        assertThat(denied.outcome()).isEqualTo(ToolResult.Outcome.DENIED);
        assertThat(writes()).isEmpty();
    }

    private List<RecordedRequest> writes() {
        return pve.fake().requests().stream().filter(r -> !r.method().equals("GET")).toList();
    }
}
