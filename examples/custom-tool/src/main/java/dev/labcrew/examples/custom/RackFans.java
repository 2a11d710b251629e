package dev.labcrew.examples.custom;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tools of your own: the fans of a rack. A read-only tool is a method the runtime calls. A changing tool is
 * declared the same way, but the runtime never calls its method: it calls the {@link Action} you register for
 * it, and only after the approval gate said yes to the exact proposal (target, preview, undo).
 */
public class RackFans {
    private final Map<String, Integer> speeds = new ConcurrentHashMap<>(Map.of("front", 40, "rear", 40));

    @Tool(name = "read_fan_speeds", value = "Speed of every fan of the rack, in percent.")
    @ToolRisk(Risk.READ_ONLY)
    public String readFanSpeeds() {
        StringBuilder text = new StringBuilder();
        speeds.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> text.append(e.getKey()).append(": ").append(e.getValue()).append("%\n"));
        return text.toString().strip();
    }

    @Tool(name = "set_fan_speed", value = "Sets one fan's speed. A human approves it first.")
    @ToolRisk(Risk.MUTATING)
    public String setFanSpeed(@P("fan: front or rear") String fan,
                              @P("speed in percent, 20 to 100") int percent,
                              @P(value = "why, shown to the approver", required = false) String reason) {
        throw new AssertionError("the runtime calls the action of a changing tool, never this method");
    }

    /** The action behind {@code set_fan_speed}: {@code plan} reads only, {@code perform} changes. */
    public Action setFanSpeedAction() {
        return new Action() {
            @Override
            public ActionPlan plan(Map<String, Object> arguments) {
                String fan = (String) arguments.get("fan");
                int percent = (Integer) arguments.get("percent");
                Integer now = speeds.get(fan);
                if (now == null) {
                    throw new LabcrewException(ErrorKind.NOT_FOUND, "No fan '" + fan + "'", "fans: front, rear");
                }
                if (percent < 20 || percent > 100) {
                    throw LabcrewException.badInput("percent must be 20 to 100, got " + percent, "e.g. percent=60");
                }
                return ActionPlan.of("fan/" + fan, Map.of("speed", now + "%"),
                    List.of("speed: " + now + "% -> " + percent + "%"), "set_fan_speed fan=" + fan + " percent=" + now);
            }

            @Override
            public Object perform(ActionPlan plan, Map<String, Object> arguments) {
                speeds.put((String) arguments.get("fan"), (Integer) arguments.get("percent"));
                return "DONE " + readFanSpeeds().replace('\n', ' ');
            }
        };
    }
}
