package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.proxmox.cluster.ClusterResource;
import java.util.List;

/** Builds analysis findings from the knowledge base's findings and from guests that could not be read. */
final class Findings {
    private Findings() {
    }

    static Finding of(String analyzer, ClusterResource guest, dev.labcrew.proxmox.diagnosis.Finding f, ProposedAction action) {
        String title = "CT " + guest.vmid() + " " + guest.name() + ": " + f.title();
        return new Finding(analyzer, f.severity(), Fleet.target(guest), title, f.evidence(), f.cause(), f.fix(), action,
            f.needsHost() ? List.of(Fleet.target(guest) + ": " + f.fix()) : List.of(), f.id());
    }

    /** Evidence the analyzer could not read: one INFO line naming it and the privilege that explains it; nothing concluded. */
    static Finding gap(String analyzer, String target, String what, RuntimeException failure, String consequence,
                       String privilege) {
        return new Finding(analyzer, Severity.INFO, target, "GAP: " + what + " not read", List.of("gap: " + failure.getMessage()),
            "So " + consequence + "; nothing is concluded from it.", "Grant the token " + privilege + " (labcrew doctor names "
                + "what is missing).", null, List.of(), "gap");
    }

    /** A guest the analyzer could not inspect: reported, and the sweep goes on. */
    static Finding unreadable(String analyzer, ClusterResource guest, RuntimeException failure) {
        return new Finding(analyzer, Severity.WARNING, Fleet.target(guest), "CT " + guest.vmid() + " could not be inspected",
            List.of("error: " + failure.getMessage()), "The API call for this guest failed; the other guests were still checked.",
            "Check the node and the token's privileges (labcrew doctor), then run the triage again.", null, List.of());
    }
}
