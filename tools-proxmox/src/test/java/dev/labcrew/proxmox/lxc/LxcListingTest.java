package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.labcrew.testkit.proxmox.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A listing of a large cluster: whole in the budget, filtered and paged from one request, never cut silently. */
class LxcListingTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario(Scenario.largeCluster(4, 1000));

    private LabFixture lab;
    private LxcInventoryTools tools;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
        tools = new LxcInventoryTools(lab.client);
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_name_every_container_that_is_not_running_and_count_the_rest() {
        LxcList list = tools.listLxcContainers(null, null);
        String text = lab.call("list_lxc_containers", Map.of()).text();

        List<LxcRow> stopped = list.containers().stream().filter(r -> !r.running() && !r.template()).toList();
        assertThat(stopped).isNotEmpty().allSatisfy(r -> assertThat(text).contains(r.vmid() + " " + r.name()));
        assertThat(text).contains("\nnodes: pve1 ").contains("\ntags: ").doesNotContain("[cut: ");
        long quiet = list.containers().stream().filter(r -> r.running() && !LxcListText.needsAttention(r)).count();
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow())
            .startsWith("Not shown: " + quiet + " running without warnings (status=running page=1)");
    }

    @Test
    void should_filter_by_tag_and_name_glob_from_the_same_one_request() {
        pve.fake().clearRequests();
        LxcList tagged = tools.listLxcContainers(null, null, "PROD", null, null);
        LxcList named = tools.listLxcContainers("pve2", null, null, "nginx-*", null);

        assertThat(tagged.containers()).isNotEmpty().allSatisfy(r -> assertThat(r.tags()).contains("prod"));
        assertThat(named.containers()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.name()).startsWith("nginx-");
            assertThat(r.node()).isEqualTo("pve2");
        });
        assertThat(named.toText()).startsWith(named.containers().size() + " LXC containers with node=pve2 name=nginx-*: ");
        assertThat(pve.fake().requests()).hasSize(2).allSatisfy(r -> assertThat(r.apiPath()).isEqualTo("/cluster/resources"));
    }

    @Test
    void should_show_a_page_of_rows_and_say_which_rows_are_not_shown() {
        LxcList all = tools.listLxcContainers(null, "running");
        String text = lab.call("list_lxc_containers", Map.of("status", "running", "page", 2)).text();

        LxcRow first = all.containers().get(50);
        assertThat(text).contains("page 2 of " + LxcListText.pages(all.containers().size()) + ", rows 51-100 by VMID:")
            .contains("\n" + first.vmid() + " " + first.name() + " ");
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow())
            .isEqualTo("Not shown: rows 1-50 and rows 101-" + all.containers().size() + "; next: status=running page=3.");
    }

    @Test
    void should_refuse_an_unknown_status_and_a_page_below_one_before_any_request() {
        pve.fake().clearRequests();
        ToolResult status = lab.call("list_lxc_containers", Map.of("status", "sleeping"));
        ToolResult page = lab.call("list_lxc_containers", Map.of("page", 0));

        assertThat(status.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(status.text()).contains("use one of running, stopped, paused, unknown");
        assertThat(page.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(pve.fake().requests()).isEmpty();
    }

    @Test
    void should_show_every_row_of_a_small_listing_without_a_last_line() {
        LxcList small = tools.listLxcContainers("pve1", "stopped", null, "n*", null);
        String text = small.toText();

        assertThat(small.containers()).isNotEmpty().hasSizeLessThanOrEqualTo(LxcListText.PAGE_ROWS);
        small.containers().forEach(r -> assertThat(text).contains("\n" + LxcListText.row(r)));
        assertThat(text).doesNotContain("Not shown");
    }
}
