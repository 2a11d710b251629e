package dev.labcrew.cli;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code labcrew} command line: tools over a Proxmox lab (or the built-in demo lab), the
 * simulator, and a doctor. Errors a user can cause print one line and a hint, never a stack trace.
 */
@Command(name = "labcrew", mixinStandardHelpOptions = true, version = "labcrew 0.1.0",
         description = "LLM tools for your homelab: read everything, diagnose, change nothing without a human yes.")
public final class Labcrew implements Runnable {
    /**
     * The commands, in the order help lists them. Picocli builds the model of every command it is given, which took
     * about 40 % of a demo call's start-up; a command line that names one command gets only that one.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();
    /** Exit code for a failure the user can fix (bad input, unreachable host, rejected token). */
    static final int FAILED = 1;
    /** Exit code for a usage error (unknown command or option). */
    static final int USAGE = 2;
    /** Exit code for a change that was denied (by a human, the policy or --approve never). */
    static final int DENIED = 3;
    /** Exit code for a change that waits in the approval queue. */
    static final int PENDING = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> env;
    private final BufferedReader terminal;

    private Labcrew(Map<String, String> env, BufferedReader terminal) {
        this.env = Map.copyOf(env);
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        BufferedReader terminal = System.console() == null ? null
            : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), terminal));
    }

    /**
     * Runs a command line with the given streams and environment and returns its exit code; never
     * calls System.exit.
     *
     * @param terminal where a human answers approval questions, or null when nobody can be asked
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, BufferedReader terminal) {
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        ScenarioPrefetch.start(args, env);
        if (named.equals("mcp")) {
            McpWarmup.start();
        }
        CommandLine cli = new CommandLine(new Labcrew(env, terminal));
        if (COMMANDS.containsKey(named) && !named.equals("help")) {
            cli.addSubcommand(COMMANDS.get(named).get());
        } else {
            COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof LabcrewException failure) {
                Errors.print(err, failure);
                return failure.kind() == ErrorKind.BAD_INPUT ? USAGE : FAILED;
            }
            err.println("labcrew: unexpected failure: " + e);
            err.println("hint: this is a bug in Labcrew; rerun with LABCREW_DEBUG=1 for details and report it");
            if (System.getenv("LABCREW_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return FAILED;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            err.println("labcrew: " + e.getMessage());
            err.println("hint: see 'labcrew " + (e.getCommandLine().getCommandName().equals("labcrew") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'");
            return USAGE;
        });
        return cli.execute(args);
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("triage", TriageCommand::new);
        all.put("chat", ChatCommand::new);
        all.put("tools", ToolsCommand::new);
        all.put("approvals", ApprovalsCommand::new);
        all.put("jobs", JobsCommand::new);
        all.put("approvers", ApproversCommand::new);
        all.put("notify", NotifyCommand::new);
        all.put("audit", AuditCommand::new);
        all.put("doctor", DoctorCommand::new);
        all.put("sim", SimCommand::new);
        all.put("eval", EvalCommand::new);
        all.put("mcp", McpCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        all.put("cds-training", CdsTrainingCommand::new);
        return all;
    }

    /** The environment of the command in {@code spec}: the real one, or a test's. */
    static Map<String, String> env(CommandLine.Model.CommandSpec spec) {
        return ((Labcrew) spec.root().userObject()).env;
    }

    /** The terminal of the command in {@code spec}, or null when there is none. */
    static BufferedReader terminal(CommandLine.Model.CommandSpec spec) {
        return ((Labcrew) spec.root().userObject()).terminal;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
