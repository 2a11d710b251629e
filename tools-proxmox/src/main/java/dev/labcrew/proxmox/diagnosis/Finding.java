package dev.labcrew.proxmox.diagnosis;

import dev.labcrew.core.Severity;
import java.util.List;

/**
 * One diagnosed problem: what it is, why it happens, the lines that show it and how to fix it.
 *
 * <p>Each evidence line is prefixed with where it came from ({@code "task log: "}, {@code "journal: "},
 * {@code "config: "}, {@code "exit status: "}, {@code "gap: "}, {@code "active task: "}). A finding
 * that is only a symptom of another finding says so in its title and cause and carries severity
 * {@link Severity#INFO}.
 *
 * @param id stable identifier of the signature or check, e.g. {@code run-pve-missing}
 * @param severity how urgent it is
 * @param title one line summary
 * @param cause why it happens
 * @param evidence the exact lines that matched, prefixed with their source
 * @param fix concrete commands or API calls
 * @param needsHost true when the fix needs a shell on the Proxmox host that no API call can replace
 */
public record Finding(String id, Severity severity, String title, String cause, List<String> evidence,
        String fix, boolean needsHost) {

    /** Copies the evidence list. */
    public Finding {
        evidence = List.copyOf(evidence);
    }
}
