package dev.labcrew.docker.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.Engine;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Logs on a Debian 12 engine (API 1.41, which calls every log answer a raw stream). */
class ContainerLogToolsTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents").configure(b -> b.engine(Engine.DEBIAN_12));

    private TestLab lab;
    private ContainerLogTools tools;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
        tools = new ContainerLogTools(lab.hosts);
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_demultiplex_stdout_and_stderr_and_put_errors_first() {
        ContainerLogs logs = tools.checkContainerLogs("proxy", null, null, null);
        assertThat(logs.tty()).isFalse();
        assertThat(logs.lines()).extracting(LogLine::stream).containsExactly("stdout", "stderr", "stderr", "stdout");
        assertThat(logs.errors()).singleElement().satisfies(l -> assertThat(l.text()).contains("connect() failed"));
        assertThat(logs.lines().get(0).time()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        String text = logs.toText();
        assertThat(text.indexOf("errors (1)")).isLessThan(text.indexOf("log (oldest first)"));
        assertThat(text).contains("2 on stderr").contains("ERR 2024/11/25");
    }

    @Test
    void should_read_a_tty_container_as_one_stream() {
        ContainerLogs logs = tools.checkContainerLogs("homeassistant", null, null, null);
        assertThat(logs.tty()).isTrue();
        assertThat(logs.lines()).extracting(LogLine::stream).containsOnly("tty");
        assertThat(logs.toText()).contains("tty: stdout and stderr are one stream");
    }

    @Test
    void should_ask_the_engine_for_the_tail_and_since() {
        ContainerLogs logs = tools.checkContainerLogs("backup-job", 2, "1d", null);
        assertThat(logs.lines()).hasSize(2);
        var request = docker.fake().requests().stream().filter(r -> r.apiPath().endsWith("/logs")).findFirst().orElseThrow();
        assertThat(request.path()).startsWith("/v1.41/containers/");
        assertThat(request.query()).contains("stdout=true").contains("stderr=true").contains("timestamps=true")
            .contains("tail=2").containsPattern("since=\\d{10}");
    }

    @Test
    void should_refuse_too_many_lines_and_an_unreadable_since() {
        ToolResult lines = lab.call("check_container_logs", Map.of("container", "proxy", "lines", 5000));
        ToolResult since = lab.call("check_container_logs", Map.of("container", "proxy", "since", "last tuesday"));
        assertThat(lines.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(since.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(docker.fake().requests()).isEmpty();
    }
}
