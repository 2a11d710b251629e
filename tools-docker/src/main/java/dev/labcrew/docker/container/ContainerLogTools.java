package dev.labcrew.docker.container;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The recent log of a container, demultiplexed into stdout and stderr, error lines first. */
public final class ContainerLogTools {
    static final int DEFAULT_LINES = 100;
    private static final Pattern ERROR = Pattern.compile(
        "(?i)\\b(error|err|fatal|panic|exception|critical|crit|killed|oom|out of memory|segfault|traceback|failed|failure)\\b");

    private final DockerHosts hosts;

    public ContainerLogTools(DockerHosts hosts) {
        this.hosts = hosts;
    }

    @Tool(name = "check_container_logs", value = "Recent logs of a Docker container, errors first.")
    @ToolRisk(Risk.READ_ONLY)
    public ContainerLogs checkContainerLogs(
            @P("container name or ID") String container,
            @P(value = "", required = false) Integer lines,
            @P(value = "30m, 2h, 1d or RFC 3339", required = false) String since,
            @P(value = "Docker host name; the default host when omitted", required = false) String host) {
        int tail = Args.range("lines", lines, DEFAULT_LINES, 1, 2000);
        Long from = Since.epochSeconds(since, Instant.now());
        DockerClient client = hosts.client(host);
        Inspect inspect = Containers.inspect(client, container);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("stdout", "true");
        query.put("stderr", "true");
        query.put("timestamps", "true");
        query.put("tail", String.valueOf(tail));
        if (from != null) {
            query.put("since", String.valueOf(from));
        }
        byte[] body = client.getRaw(Containers.path(inspect.id(), "logs"), query).body();
        List<LogLine> all = new ArrayList<>();
        for (LogFrames.Line line : LogFrames.split(body, inspect.tty())) {
            all.add(stamped(line));
        }
        List<LogLine> errors = all.stream().filter(l -> ERROR.matcher(l.text()).find()).toList();
        return new ContainerLogs(client.name(), inspect.shortName(), inspect.tty(), tail, since, all, errors);
    }

    /** Splits the engine's timestamp off a line; keeps the line whole when it has none. */
    private static LogLine stamped(LogFrames.Line line) {
        String text = line.text();
        int space = text.indexOf(' ');
        Instant time = space > 0 ? Times.parse(text.substring(0, space)) : null;
        if (time == null) {
            return new LogLine(line.stream(), "", text);
        }
        return new LogLine(line.stream(), time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), text.substring(space + 1));
    }
}
