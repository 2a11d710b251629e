package dev.labcrew.cli;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.tool.CallLine;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labcrew tools call NAME [k=v ...]}: one tool call through the same executor a model uses. */
@Command(name = "call", description = "Call one tool, e.g. 'labcrew tools call check_lxc_status vmid=102 --demo'.",
         footer = {"", "'labcrew tools call NAME --help' shows that tool's parameters, risk and an example."})
final class ToolsCallCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Tool name (see 'labcrew tools list').")
    String name;

    @Option(names = {"-h", "--help"}, description = "Show this help, or with NAME that tool's parameters, risk and an example.")
    boolean help;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Tool arguments.")
    List<String> arguments = List.of();

    @Option(names = "--json", description = "Print the typed result as JSON (all of it, whatever the text shows);"
        + " the whole outcome when the call did not answer.")
    boolean json;

    @Option(names = "--dry-run", description = "For a tool that changes something: show what it would change, ask nobody, run nothing.")
    boolean dryRun;

    @Mixin
    LabOptions lab;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (help || name == null) {
            if (name == null) {
                spec.commandLine().usage(help ? out : spec.commandLine().getErr());
                return help ? 0 : Labcrew.USAGE;
            }
            out.print(ToolHelp.render(name));
            out.flush();
            return 0;
        }
        Map<String, String> args = parse(arguments);
        PrintWriter err = spec.commandLine().getErr();
        try (LabSession session = LabSession.open(lab, Labcrew.env(spec), Labcrew.terminal(spec), err)) {
            if (dryRun) {
                args.put("dry_run", "true");
            }
            ToolResult result = session.call(name, args);
            return report(name, result, session, json, out, err);
        }
    }

    /**
     * Prints a tool's result the way {@code tools call} does and returns its exit code: 0 done, 1 failed, 2 a bad
     * argument, 3 denied, 4 pending (with the exact command that runs once approved).
     */
    static int report(String name, ToolResult result, LabSession session, boolean json, PrintWriter out, PrintWriter err)
        throws Exception {
        if (json) {
            // An answer is its typed result alone (a listing's containers at the top); any other outcome the whole result.
            Object typed = result.outcome() == Outcome.OK && result.value() != null ? result.value() : result;
            out.println(session.runtime().redactor().redact(JsonOutput.of(typed)));
        } else if (result.outcome() != Outcome.ERROR) {
            out.println(result.text());
        } else {
            err.println("labcrew: " + name + ": " + result.text().replaceFirst("^ERROR [A-Z_]+: ", ""));
        }
        if (result.outcome() == Outcome.PENDING && result.value() instanceof Decision d) {
            session.store().find(d.approvalId()).ifPresent(a -> err.println("labcrew: once approved, run: labcrew tools call "
                + name + (a.proposal().arguments().isEmpty() ? "" : " " + CallLine.arguments(a.proposal().arguments()))
                + session.labFlag() + " --approve queue"));
        }
        out.flush();
        err.flush();
        return switch (result.outcome()) {
            case OK, PREVIEW -> 0;
            case ERROR -> result.errorKind() == ErrorKind.BAD_INPUT ? Labcrew.USAGE : Labcrew.FAILED;
            case DENIED -> Labcrew.DENIED;
            case PENDING -> Labcrew.PENDING;
        };
    }

    static Map<String, String> parse(List<String> arguments) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0) {
                throw LabcrewException.badInput("Argument '" + argument + "' is not KEY=VALUE", "e.g. vmid=102");
            }
            args.put(argument.substring(0, eq).trim(), argument.substring(eq + 1).trim());
        }
        return args;
    }
}
