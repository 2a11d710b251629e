package dev.labcrew.docker.container;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerException;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.docker.WaitPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Starts, stops or restarts a container, then waits until it is in the state it should be and says so. */
final class PowerAction implements Action {
    static final int DEFAULT_TIMEOUT = 10;

    private final PowerChange change;
    private final DockerHosts hosts;
    private final WaitPolicy wait;

    PowerAction(PowerChange change, DockerHosts hosts, WaitPolicy wait) {
        this.change = change;
        this.hosts = hosts;
        this.wait = wait;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        DockerClient client = hosts.client((String) arguments.get("host"));
        Inspect c = Containers.inspect(client, (String) arguments.get("container"));
        String target = "docker/" + c.shortName() + "@" + client.name();
        int timeout = timeout(arguments);
        if (change.needsUp != null && c.up() != change.needsUp) {
            return ActionPlan.noop(target, identity(c), c.shortName() + " is " + (c.up() ? "already running" : "not running"));
        }
        String what = change.takesTimeout() ? String.format(change.change, timeout) : change.change;
        return ActionPlan.of(target, identity(c), List.of(c.shortName() + " (" + c.imageName() + ") on " + client.name() + ", now "
            + c.stateOrEmpty().status() + ": " + what), String.format(change.undo, c.shortName()));
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        DockerClient client = hosts.client((String) arguments.get("host"));
        Inspect before = Containers.inspect(client, (String) arguments.get("container"));
        int timeout = timeout(arguments);
        Map<String, String> query = change.takesTimeout() ? Map.of("t", String.valueOf(timeout)) : Map.of();
        try {
            client.post(Containers.path(before.id(), change.endpoint), query, Duration.ofSeconds(timeout + 30L));
        } catch (DockerException e) {
            if (e.notModified()) {
                return new ContainerActionOutcome(change.tool, plan.target(), "no change: " + e.getMessage());
            }
            throw e;
        }
        Inspect after = wait.until(() -> Containers.inspect(client, before.id()), c -> reached(before, c));
        if (!reached(before, after)) {
            Inspect.State s = after.stateOrEmpty();
            throw new LabcrewException(ErrorKind.TASK_FAILED, change.endpoint + " of " + before.shortName() + " returned, but it is "
                + s.status() + (s.running() ? "" : " (exit code " + s.exitCode() + (s.oomKilled() ? ", OOM-killed" : "") + ")"),
                "read why with check_container_logs container=" + before.shortName());
        }
        return new ContainerActionOutcome(change.tool, plan.target(), verified(after));
    }

    private boolean reached(Inspect before, Inspect now) {
        if (now.stateOrEmpty().running() != change.endsRunning) {
            return false;
        }
        if (change != PowerChange.RESTART) {
            return true;
        }
        Instant was = Times.parse(before.stateOrEmpty().startedAt());
        Instant is = Times.parse(now.stateOrEmpty().startedAt());
        return was == null || (is != null && is.isAfter(was));
    }

    private static String verified(Inspect c) {
        Inspect.State s = c.stateOrEmpty();
        if (s.running()) {
            return "running (started " + Times.seconds(s.startedAt()) + ", pid " + s.pid() + ", restart count " + c.restartCount() + ")";
        }
        return "stopped (exit code " + s.exitCode() + ExitCodes.meaning(s.exitCode(), s.oomKilled()) + ")";
    }

    /** What must not change between approval and execution: which container it is and whether it is up. */
    private static Map<String, String> identity(Inspect c) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("id", StatusMapper.shortId(c.id()));
        facts.put("name", c.shortName());
        facts.put("image", Objects.toString(c.image(), ""));
        facts.put("up", String.valueOf(c.up()));
        return facts;
    }

    private int timeout(Map<String, Object> arguments) {
        Object value = arguments.get("timeout");
        return Args.range("timeout", value == null ? null : ((Number) value).intValue(), DEFAULT_TIMEOUT, 1, 600);
    }
}
