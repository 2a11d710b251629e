package dev.labcrew.cli;

import picocli.CommandLine.Command;

/** {@code labcrew tools list|call}. */
@Command(name = "tools", mixinStandardHelpOptions = true, description = "List the tools or call one.",
         subcommands = {ToolsListCommand.class, ToolsCallCommand.class},
         footer = {"", "Example:", "  labcrew tools list; labcrew tools call check_lxc_status vmid=200 --demo"})
final class ToolsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
