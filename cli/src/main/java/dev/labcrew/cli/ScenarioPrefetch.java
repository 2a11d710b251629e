package dev.labcrew.cli;

import dev.labcrew.proxmox.ProxmoxClusters;
import dev.labcrew.testkit.proxmox.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the built-in scenario of a demo command on another thread while the command line is parsed: the two take
 * about 130 ms each in a cold JVM and use different cores. Only for the commands that open a lab at once and only
 * when the lab is certainly simulated ({@code --demo}, a built-in {@code --scenario}, or nothing configured); a lab
 * file is always read when the command asks for it, so an edited file is never read early.
 */
final class ScenarioPrefetch {
    private static final Set<String> LAB_COMMANDS = Set.of("triage", "chat", "doctor", "tools call");
    private static volatile Prefetched pending;

    private record Prefetched(String name, CompletableFuture<Scenario> scenario) {
    }

    private ScenarioPrefetch() {
    }

    /** Starts reading the scenario {@code args} will simulate, when they name a lab command on a simulated lab. */
    static void start(String[] args, Map<String, String> env) {
        List<String> words = List.of(args).stream().filter(a -> !a.startsWith("-")).limit(2).toList();
        String command = words.isEmpty() ? "" : words.get(0).equals("tools") && words.size() > 1 ? "tools call" : words.get(0);
        if (!LAB_COMMANDS.contains(command) || (command.equals("tools call") && !words.get(1).equals("call"))) {
            return;
        }
        String name = scenario(args);
        if (name == null && (List.of(args).contains("--demo") || !ProxmoxClusters.isConfigured(Settings.load(env)))) {
            name = LabOptions.DEFAULT_SCENARIO;
        }
        if (name != null && Scenario.names().contains(name)) {
            String built = name;
            pending = new Prefetched(built, Futures.async("labcrew-scenario", () -> Scenario.load(built)));
        }
    }

    /** The scenario {@code nameOrFile}: the one read early when it is that one, else read now. */
    static Scenario load(String nameOrFile) {
        Prefetched early = pending;
        pending = null;
        return early != null && early.name().equals(nameOrFile) ? Futures.join(early.scenario()) : Scenario.load(nameOrFile);
    }

    private static String scenario(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--scenario") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--scenario=")) {
                return args[i].substring("--scenario=".length());
            }
        }
        return null;
    }
}
