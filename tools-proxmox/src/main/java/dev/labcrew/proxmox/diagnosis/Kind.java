package dev.labcrew.proxmox.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * What a signature says about a failure. A {@code CAUSE} names why the start failed; a
 * {@code SYMPTOM} is a consequence that a cause may explain; a {@code GENERIC} signature recognises a
 * failure family whose cause is not known, so the failure is still reported as unknown. A
 * {@code CHECK} is a config observation, made whether or not a start failed; signatures never use it.
 */
enum Kind {
    CAUSE, SYMPTOM, GENERIC, CHECK;

    @JsonCreator
    static Kind of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
