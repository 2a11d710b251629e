package dev.labcrew.cli;

import picocli.CommandLine.Command;

/** {@code labcrew tools list|call}. */
@Command(name = "tools", description = "List the tools or call one.",
         subcommands = {ToolsListCommand.class, ToolsCallCommand.class})
final class ToolsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
