package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import org.junit.jupiter.api.Test;

class McpTokensTest {
    @Test
    void should_name_a_bare_token_after_the_servers_owner() {
        McpTokens tokens = McpTokens.parse("s3cret-value", "alice");
        assertThat(tokens.identify("Bearer s3cret-value")).isEqualTo("alice");
        assertThat(tokens.identify("bearer  s3cret-value ")).isEqualTo("alice");
        assertThat(tokens.identify("Bearer wrong")).isNull();
        assertThat(tokens.identify(null)).isNull();
    }

    @Test
    void should_tell_named_tokens_apart() {
        McpTokens tokens = McpTokens.parse("alice:tok-a,bob:tok-b", "root");
        assertThat(tokens.identify("Bearer tok-a")).isEqualTo("alice");
        assertThat(tokens.identify("Bearer tok-b")).isEqualTo("bob");
        assertThat(tokens.identify("Bearer alice:tok-a")).isNull();
    }

    @Test
    void should_refuse_several_tokens_without_distinct_names() {
        assertThatThrownBy(() -> McpTokens.parse("tok-a,tok-b", "root")).isInstanceOf(LabcrewException.class).hasMessageContaining("NAME:SECRET");
        assertThatThrownBy(() -> McpTokens.parse("a:x,a:y", "root")).isInstanceOf(LabcrewException.class);
    }

    @Test
    void should_refuse_token_names_labcrew_uses_for_decisions_no_person_made() {
        for (String name : new String[] {"nobody", "Labcrew", "policy:auto"}) {
            assertThatThrownBy(() -> McpTokens.parse(name + ":tok-x", "root")).as(name).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("no person made");
        }
    }
}
