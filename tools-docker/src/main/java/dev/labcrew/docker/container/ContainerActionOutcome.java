package dev.labcrew.docker.container;

import dev.labcrew.core.TextResult;

/**
 * What an approved container action did, and the state read back after it.
 *
 * @param target {@code docker/NAME@HOST}
 * @param verified the state read back that shows the change took effect
 */
public record ContainerActionOutcome(String tool, String target, String verified) implements TextResult {
    @Override
    public String toText() {
        return "DONE " + tool + " on " + target + ": " + verified;
    }
}
