package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.json.McpJsonDefaults;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class McpWarmupTest {
    @Test
    void should_read_and_write_the_first_messages_with_the_sdks_shared_mapper() throws Exception {
        McpWarmup.start().get(30, TimeUnit.SECONDS); // a changed SDK message shape fails here instead of silently

        assertThat(McpJsonDefaults.getMapper()).isSameAs(McpJsonDefaults.getMapper());
    }
}
