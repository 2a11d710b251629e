package dev.labcrew.core.tool;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.TextResult;
import dev.labcrew.core.ToolRisk;
import java.util.concurrent.atomic.AtomicInteger;

public class SampleTools {
    final AtomicInteger restarts = new AtomicInteger();

    public record Greeting(String who, int times) implements TextResult {
        @Override
        public String toText() {
            return ("hello " + who + "\n").repeat(times).strip();
        }
    }

    @Tool(name = "greet", value = "Greets someone")
    @ToolRisk(Risk.READ_ONLY)
    public Greeting greet(@P("who to greet") String who, @P(value = "how often", required = false) Integer times) {
        return new Greeting(who, times == null ? 1 : times);
    }

    @Tool(name = "find_guest", value = "Finds a guest")
    @ToolRisk(Risk.READ_ONLY)
    public String findGuest(@P("vmid") int vmid, @P(value = "verbose", required = false) boolean verbose) {
        throw new LabcrewException(ErrorKind.NOT_FOUND, "No guest with VMID " + vmid, "list guests first");
    }

    @Tool(name = "restart_thing", value = "Restarts a thing")
    @ToolRisk(value = Risk.MUTATING, idempotent = false)
    public String restartThing(@P("id") int id) {
        restarts.incrementAndGet();
        return "restarted";
    }

    @Tool(name = "explode", value = "Has a bug")
    @ToolRisk(Risk.READ_ONLY)
    public String explode() {
        throw new IllegalStateException("boom");
    }
}
