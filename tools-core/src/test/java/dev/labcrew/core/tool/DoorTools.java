package dev.labcrew.core.tool;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny lab of doors for gate tests: a read-only tool and a changing tool with its action. */
public class DoorTools {
    /** door id -> state ("open"/"closed"); "digest" changes with every write. */
    final Map<Integer, String> doors = new ConcurrentHashMap<>(Map.of(1, "closed", 2, "closed"));
    final Map<Integer, Integer> versions = new ConcurrentHashMap<>(Map.of(1, 1, 2, 1));
    final AtomicInteger performed = new AtomicInteger();
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger maxConcurrent = new AtomicInteger();
    volatile String note = "all quiet";

    @Tool(name = "read_note", value = "Reads the note on the wall")
    @ToolRisk(Risk.READ_ONLY)
    public String readNote() {
        return note;
    }

    volatile String lastEcho;

    @Tool(name = "echo", value = "Repeats its text")
    @ToolRisk(Risk.READ_ONLY)
    public String echo(@P("text") String text) {
        lastEcho = text;
        return text;
    }

    @Tool(name = "open_door", value = "Opens a door")
    @ToolRisk(value = Risk.MUTATING, idempotent = true)
    public void openDoor(@P("door id") Integer door,
                         @P(value = "why", required = false) String reason,
                         @P(name = "dry_run", value = "preview only", required = false) Boolean dryRun) {
        throw new AssertionError("the runtime must never call a changing tool's method");
    }

    /** The action behind open_door, for tests outside this package. */
    public Action openDoorAction() {
        return new OpenDoor();
    }

    /** How many times a door was opened. */
    public int performedCount() {
        return performed.get();
    }

    /** The action behind open_door. */
    final class OpenDoor implements Action {
        @Override
        public ActionPlan plan(Map<String, Object> arguments) {
            int door = (Integer) arguments.get("door");
            String state = doors.get(door);
            if (state == null) {
                throw new LabcrewException(dev.labcrew.core.ErrorKind.NOT_FOUND, "no door " + door, "doors are 1 and 2");
            }
            Map<String, String> identity = Map.of("door", String.valueOf(door), "digest", "v" + versions.get(door));
            if (state.equals("open")) {
                return ActionPlan.noop("door/" + door, identity, "door " + door + " is already open");
            }
            return ActionPlan.of("door/" + door, identity, List.of("door " + door + ": closed -> open"), "close it again");
        }

        @Override
        public Object perform(ActionPlan plan, Map<String, Object> arguments) {
            int now = concurrent.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int door = (Integer) arguments.get("door");
            doors.put(door, "open");
            versions.merge(door, 1, Integer::sum);
            performed.incrementAndGet();
            concurrent.decrementAndGet();
            return "door " + door + " is open";
        }
    }

    /** Someone else changes the door behind our back. */
    void tamper(int door) {
        versions.merge(door, 1, Integer::sum);
    }
}
