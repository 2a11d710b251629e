package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.testkit.docker.Engine;
import dev.labcrew.testkit.docker.FakeDocker;
import dev.labcrew.testkit.docker.RecordedRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every tool works on Docker 29 (API 1.52, refuses below 1.44) and on 1.41 engines (Debian 12, Podman) alike. */
class VersionNegotiationTest {
    @ParameterizedTest
    @EnumSource(Engine.class)
    void should_speak_each_engines_version_with_every_tool(Engine engine) {
        try (FakeDocker fake = FakeDocker.builder().engine(engine).build().start(); TestLab lab = new TestLab(fake)) {
            ToolRuntime runtime = lab.approving(null);
            for (var tool : DockerToolset.definitions()) {
                Map<String, Object> args = new HashMap<>();
                if (tool.params().stream().anyMatch(p -> p.name().equals("container"))) {
                    args.put("container", "proxy");
                }
                if (tool.params().stream().anyMatch(p -> p.name().equals("dry_run"))) {
                    args.put("dry_run", true);
                }
                ToolResult result = runtime.call(tool.name(), args);
                assertThat(result.outcome()).as(engine + " " + tool.name() + ": " + result.text()).isIn(Outcome.OK, Outcome.PREVIEW);
            }
            assertThat(lab.client.apiVersion()).isEqualTo(engine.apiVersion());
            assertThat(fake.requests()).extracting(RecordedRequest::version).containsOnly("", engine.apiVersion());
            assertThat(fake.requests()).filteredOn(r -> r.version().isEmpty()).extracting(RecordedRequest::path)
                .containsOnly("/version");
            assertThat(fake.requests()).allMatch(r -> r.status() < 400);
        }
    }
}
