package dev.labcrew.cli;

import dev.labcrew.agents.ActionRecord;
import dev.labcrew.agents.IncidentReport;
import dev.labcrew.agents.Triage;
import dev.labcrew.agents.llm.Crew;
import dev.labcrew.agents.llm.ModelConfig;
import dev.labcrew.agents.llm.ModelUnavailableException;
import dev.labcrew.core.analysis.Sweep;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew triage}: sweep the lab, diagnose, propose fixes through the approval gate, and print
 * an incident report. With no model configured ({@code LABCREW_MODEL} unset or {@code none}) the
 * offline crew does it deterministically; with one, the LLM crew (Monitor, Analyst, Healer) does,
 * and returns the same report.
 */
@Command(name = "triage", mixinStandardHelpOptions = true, description = "Sweep the lab, diagnose what is wrong, propose fixes (each asks for approval), "
    + "and print an incident report.",
         footer = {"", "Exit codes: 0 done (every proposed fix ran, or --approve never), 1 failed, 2 usage, 3 a fix was denied,",
                   "4 a fix waits for a human.",
                   "", "Example:", "  labcrew triage --demo --approve never"})
final class TriageCommand implements Callable<Integer> {
    @Mixin
    LabOptions lab;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--incident", paramLabel = "TEXT", description = "What prompted the triage (an alert, a question).",
            defaultValue = "full sweep of the lab")
    String incident;

    @Option(names = "--model-only", description = "With LABCREW_MODEL set: fail (exit 1) when the model does not answer,"
        + " instead of falling back to the offline crew.")
    boolean modelOnly;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LabSession session = LabSession.open(lab, Labcrew.env(spec), Labcrew.terminal(spec), err);
             Sweep sweep = new Sweep(line -> {
                 err.println("labcrew: " + line);
                 err.flush();
             }, 4)) {
            ModelConfig model = ModelConfig.fromEnv(Settings.load(Labcrew.env(spec)));
            IncidentReport report;
            if (!model.isConfigured()) {
                report = offline(session).run(incident, sweep);
            } else {
                try {
                    report = Crew.builder().model(model.chatModel()).runtime(session.runtime())
                        .analyzers(session::analyzers).progress(sweep::progress).build().run(incident);
                } catch (ModelUnavailableException e) {
                    err.println("labcrew: " + e.describe(model.toString()) + (modelOnly ? "" : "; the offline crew triages instead"));
                    err.flush();
                    if (modelOnly) {
                        err.println("hint: " + e.hint());
                        err.flush();
                        return Labcrew.FAILED;
                    }
                    report = offline(session).run(incident, sweep);
                }
            }
            String text = json
                ? JsonOutput.of(report)
                : report.toText();
            out.println(session.runtime().redactor().redact(text));
            out.flush();
            notifyCritical(report, err);
            return lab.approve == ApproveMode.NEVER ? 0 : exitCode(report);
        }
    }

    /** The offline crew on this session's lab; at a terminal it asks about one fix at a time, in order. */
    private Triage offline(LabSession session) {
        Triage triage = new Triage(session::call, session.analyzers(), java.time.Clock.systemUTC());
        return lab.approve == ApproveMode.ASK ? triage.proposingOneAtATime() : triage;
    }

    /**
     * 0 when every proposed fix ran (or none was proposed), 3 when one was denied, 4 when one waits for a human.
     * A run with {@code --approve never} asked to change nothing: its refused fixes are its purpose, and it exits 0.
     */
    static int exitCode(IncidentReport report) {
        boolean pending = report.actions().stream().anyMatch(a -> a.status() == ActionRecord.Status.PENDING);
        boolean denied = report.actions().stream().anyMatch(a -> a.status() == ActionRecord.Status.DENIED);
        return pending ? Labcrew.PENDING : denied ? Labcrew.DENIED : 0;
    }

    /** A triage that found something critical tells the configured channels, once per run; a failure is only logged. */
    private void notifyCritical(IncidentReport report, PrintWriter err) {
        Notifications notifications = new Notifications(Labcrew.env(spec));
        var broadcast = notifications.broadcast();
        var notice = CriticalNotice.of(report.findings(), java.time.Instant.now(), notifications.links().list());
        if (notice != null && !broadcast.isEmpty()) {
            broadcast.send(notice, err);
        }
    }
}
