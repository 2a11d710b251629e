package dev.labcrew.cli;

import picocli.CommandLine.Option;

/** Options shared by every command that talks to a lab. */
final class LabOptions {
    @Option(names = "--demo", description = "Use the built-in simulated homelab instead of a configured Proxmox host.")
    boolean demo;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Simulate this lab (implies --demo): a built-in name (homelab-incidents, the default, or "
                + "large-cluster) or a lab JSON file; see docs/lab-files.md.")
    String scenario;

    @Option(names = "--trace", description = "Print every HTTP request (method, path, status, ms) to stderr.")
    boolean trace;

    @Option(names = "--approve", paramLabel = "MODE", defaultValue = "ask", converter = ApproveModes.class,
            description = "Who approves changes: ask (the terminal, default), never (deny all), queue (decide later with "
                + "'labcrew approvals'), policy (the policy file alone).")
    ApproveMode approve;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file (JSON or YAML). Default: $XDG_CONFIG_HOME/labcrew/policy.yaml or policy.json if present.")
    java.nio.file.Path policy;

    /** The lab to simulate: the one named by {@code --scenario}, else the demo lab. */
    String scenarioOrDefault() {
        return scenario == null ? DEFAULT_SCENARIO : scenario;
    }

    /** Whether this command runs on a simulated lab because the user asked for one. */
    boolean simulated() {
        return demo || scenario != null;
    }

    static final String DEFAULT_SCENARIO = "homelab-incidents";
}
