package dev.labcrew.cli;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.OsAccount;
import dev.labcrew.core.approval.Visible;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.provision.JobControl;
import dev.labcrew.proxmox.provision.JobReport;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew jobs list|show|resume|abort}: the journaled jobs of {@code provision_lxc}. A lab command: it reaches the
 * store and the lab through {@link LabSession}, as {@code tools call} does ({@code --demo}, or the demo lab when no
 * Proxmox host is configured), so the jobs live wherever that session keeps its state.
 */
@Command(name = "jobs", mixinStandardHelpOptions = true,
         description = "Journaled jobs (provision_lxc): list them, show one's journal, resume one a crash cut off, or abort it.",
         subcommands = {JobsCommand.ListJobs.class, JobsCommand.Show.class, JobsCommand.Resume.class, JobsCommand.Abort.class},
         footer = {"", "A job journals each step's intent before it runs and its outcome after.",
             "After a crash (kill -9), 'resume' continues from the journal without redoing",
             "a finished step; 'abort' stops and destroys the guest the job made (only that",
             "one). Both run behind the approval the job was given. With --demo, or when no",
             "Proxmox host is configured, the jobs are the demo lab's.",
             "", "Examples:", "  labcrew jobs list", "  labcrew jobs show 3f2a9c1b7d10", "  labcrew jobs resume 3f2a9c1b7d10",
             "  labcrew jobs abort 3f2a9c1b7d10"})
final class JobsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static LabSession session(LabOptions lab, picocli.CommandLine.Model.CommandSpec spec) {
        return LabSession.open(lab, Labcrew.env(spec), Labcrew.terminal(spec), spec.commandLine().getErr());
    }

    static Job find(StateStore store, String id) {
        return store.jobs().find(id).orElseThrow(() -> new LabcrewException(ErrorKind.NOT_FOUND, "No job " + Visible.text(id),
            "list them with 'labcrew jobs list'"));
    }

    /** Runs one job control ({@code resume}, {@code abort}) on the session's lab and store, and prints its report. */
    static int control(LabOptions lab, picocli.CommandLine.Model.CommandSpec spec,
                       BiFunction<JobControl, StateStore, JobReport> action) {
        try (LabSession session = session(lab, spec)) {
            JobReport report = action.apply(ProxmoxToolset.jobs(session.client()), session.store());
            spec.commandLine().getOut().println(Visible.lines(report.toText()));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    static Consumer<String> progress(PrintWriter err) {
        return line -> {
            err.println("  " + Visible.text(line));
            err.flush();
        };
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every job, newest first, with its state.")
    static final class ListJobs implements Callable<Integer> {
        @Mixin
        LabOptions lab;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TextTable table = new TextTable("ID", "STATE", "TOOL", "TARGET", "HOSTNAME", "AGE");
            int shown = 0;
            try (LabSession session = session(lab, spec)) {
                for (Job job : session.store().jobs().list()) {
                    table.row(Visible.text(job.id()), job.state().name(), Visible.text(job.tool()), Visible.text(job.target()),
                        Visible.text(String.valueOf(job.arguments().get("hostname"))),
                        Units.duration(Instant.now().getEpochSecond() - job.createdAt().getEpochSecond()));
                    shown++;
                }
            }
            out.print(shown == 0 ? "No jobs.\n" : table.render());
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One job: its journal line by line, its end state and what is left to do.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        LabOptions lab;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (LabSession session = session(lab, spec)) {
                StateStore store = session.store();
                Job job = find(store, id);
                spec.commandLine().getOut().println(Visible.lines(new JobReport(job, store.jobs().steps(job.id())).toText()));
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
             description = "Continue a job a crash cut off, from its journal: finished steps are skipped, the rest checked and run.")
    static final class Resume implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        LabOptions lab;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return control(lab, spec, (control, store) -> control.resume(store, id, progress(spec.commandLine().getErr())));
        }
    }

    @Command(name = "abort", mixinStandardHelpOptions = true,
             description = "Undo a running or stuck job: stop and destroy the guest it made (only that one), and end it ABORTED.")
    static final class Abort implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        LabOptions lab;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return control(lab, spec, (control, store) -> control.abort(store, id, OsAccount.current(),
                progress(spec.commandLine().getErr())));
        }
    }
}
