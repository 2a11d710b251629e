package dev.labcrew.proxmox.diagnosis;

import dev.labcrew.core.Severity;
import java.util.List;

/**
 * Describes one entry of the knowledge base: a start-failure signature or a config check.
 *
 * @param id the id findings carry
 * @param title one line summary
 * @param severity the severity before any capping
 * @param lookIn where it looks: {@code task log}, {@code journal}, {@code exit status}, {@code gap},
 *     {@code config}
 * @param sources the references it was built from
 */
public record KnownSignature(String id, String title, Severity severity, List<String> lookIn, List<String> sources) {

    /** Copies both lists. */
    public KnownSignature {
        lookIn = List.copyOf(lookIn);
        sources = List.copyOf(sources);
    }
}
