package dev.labcrew.proxmox.diagnosis;

import dev.labcrew.core.Severity;

/** Renders a startup diagnosis: verdict, then each finding with cause, evidence and fix. */
final class DiagnosisText {
    private DiagnosisText() {
    }

    static String render(StartupDiagnosis d) {
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(d.vmid()).append(": ").append(d.status()).append(", ").append(verdict(d)).append('\n');
        d.gaps().forEach(g -> out.append("GAP ").append(g).append('\n'));
        int n = 1;
        for (Finding f : d.findings()) {
            out.append('\n').append(n++).append(". ").append(f.severity()).append(' ').append(f.title())
               .append(" [").append(f.id()).append("]\n");
            out.append("   cause: ").append(f.cause()).append('\n');
            if (!f.evidence().isEmpty()) {
                out.append("   evidence:\n");
                f.evidence().forEach(e -> out.append("     ").append(e).append('\n'));
            }
            if (f.fix() != null && !f.fix().isBlank()) {
                out.append("   fix").append(f.needsHost() ? " (on the Proxmox host; no API can do it)" : "").append(":\n");
                f.fix().lines().forEach(l -> out.append("     ").append(l).append('\n'));
            }
        }
        if (d.unknown() != null) {
            UnknownFailure u = d.unknown();
            out.append('\n').append("UNKNOWN failure: no known signature explains it. Failing line (").append(u.source())
               .append(", step ").append(u.step()).append("):\n     ").append(u.failingLine()).append('\n')
               .append("   next: run 'pct start ").append(d.vmid()).append(" --debug' on the host and read the lines before it\n");
        }
        return out.toString().strip();
    }

    private static String verdict(StartupDiagnosis d) {
        long critical = d.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).count();
        if (d.healthy() && d.findings().isEmpty()) {
            return "no startup problem found";
        }
        if (critical > 0) {
            return critical + " critical finding" + (critical > 1 ? "s" : "") + " (root cause first)";
        }
        if (d.unknown() != null) {
            return "start failed for an unknown reason";
        }
        return d.findings().size() + " finding" + (d.findings().size() == 1 ? "" : "s");
    }
}
