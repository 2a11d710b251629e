package dev.labcrew.cli;

import picocli.CommandLine.Option;

/** Options shared by every command that talks to a lab. */
final class LabOptions {
    @Option(names = "--demo", description = "Use the built-in simulated homelab instead of a configured Proxmox host.")
    boolean demo;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Demo scenario (default: ${DEFAULT-VALUE}).",
            defaultValue = "homelab-incidents")
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
}
