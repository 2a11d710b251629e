package dev.labcrew.proxmox.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** How sure a finding is; ranks findings of equal severity, surest first. */
enum Confidence {
    HIGH, MEDIUM, LOW;

    @JsonCreator
    static Confidence of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
