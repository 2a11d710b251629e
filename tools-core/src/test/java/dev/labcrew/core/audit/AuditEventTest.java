package dev.labcrew.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An audit line reads the same on every run: details given in no order are sorted, an ordered map keeps its order. */
class AuditEventTest {
    @Test
    void should_sort_details_given_in_no_order() {
        AuditEvent event = new AuditEvent(AuditEventType.DECIDED, "a1", "stop_lxc", "ct/200", "DESTRUCTIVE", "h",
            Map.of("verdict", "APPROVED", "approver", "alice", "approvalId", "x1", "reason", "why"));

        assertThat(event.details().keySet()).containsExactly("approvalId", "approver", "reason", "verdict");
    }

    @Test
    void should_keep_the_order_of_an_ordered_map() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("verdict", "DENIED");
        details.put("approver", "bob");

        AuditEvent event = new AuditEvent(AuditEventType.DECIDED, "a1", "stop_lxc", "ct/200", "DESTRUCTIVE", "h", details);

        assertThat(event.details().keySet()).containsExactly("verdict", "approver");
    }
}
