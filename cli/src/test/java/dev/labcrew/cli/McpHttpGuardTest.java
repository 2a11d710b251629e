package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks in front of the HTTP transport: token, Origin, Host. */
class McpHttpGuardTest {
    private final McpHttpGuard loopback = new McpHttpGuard(McpHttpAddress.parse("127.0.0.1:8765", "s3cret"), List.of(), McpTokens.parse("s3cret", "alice"));

    private static HeaderAccessor headers(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new HeaderAccessor() {
            @Override
            public List<String> getHeader(String name) {
                return map.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(List.of());
            }

            @Override
            public List<String> getHeaderNames() {
                return new ArrayList<>(map.keySet());
            }
        };
    }

    private static void assertStatus(McpHttpGuard guard, HeaderAccessor headers, int status) {
        assertThatThrownBy(() -> guard.validate(headers)).isInstanceOfSatisfying(ServerTransportSecurityException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.getStatusCode()).isEqualTo(status));
    }

    @Test
    void should_require_the_exact_bearer_token() {
        assertStatus(loopback, headers("Host", "127.0.0.1:8765"), 401);
        assertStatus(loopback, headers("Host", "127.0.0.1:8765", "Authorization", "Bearer s3cre"), 401);
        assertStatus(loopback, headers("Host", "127.0.0.1:8765", "Authorization", "Basic s3cret"), 401);
        assertThatCode(() -> loopback.validate(headers("Host", "localhost:8765", "Authorization", "bearer s3cret")))
            .doesNotThrowAnyException();
    }

    @Test
    void should_refuse_foreign_origins_and_hosts() {
        assertStatus(loopback, headers("Host", "127.0.0.1:8765", "Authorization", "Bearer s3cret", "Origin", "https://evil.example"), 403);
        assertStatus(loopback, headers("Host", "evil.example:8765", "Authorization", "Bearer s3cret"), 421);
        assertThatCode(() -> loopback.validate(headers("Host", "127.0.0.1:8765", "Authorization", "Bearer s3cret",
            "Origin", "http://localhost:3000"))).doesNotThrowAnyException();
        McpHttpGuard allowing = new McpHttpGuard(McpHttpAddress.parse("127.0.0.1:8765", null), List.of("https://console.example"), null);
        assertThatCode(() -> allowing.validate(headers("Host", "127.0.0.1:8765", "Origin", "https://console.example")))
            .doesNotThrowAnyException();
    }

    @Test
    void should_accept_any_host_name_when_bound_to_all_interfaces_with_a_token() {
        McpHttpGuard open = new McpHttpGuard(McpHttpAddress.parse("0.0.0.0:8765", "s3cret"), List.of(), McpTokens.parse("s3cret", "alice"));
        assertThatCode(() -> open.validate(headers("Host", "pve-helper.lan:8765", "Authorization", "Bearer s3cret")))
            .doesNotThrowAnyException();
        assertStatus(open, headers("Host", "pve-helper.lan:8765"), 401);
    }
}
