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
}
