package dev.labcrew.docker.container;

import dev.labcrew.core.LabcrewException;

/** Checks the arguments users and models pass, before any request. */
final class Args {
    private Args() {
    }

    /** A container name or ID: what {@code docker ps} shows, with or without the leading slash. */
    static String container(String container) {
        String name = container == null ? "" : container.trim().replaceFirst("^/", "");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,254}")) {
            throw LabcrewException.badInput("Invalid container name or ID '" + (container == null ? "" : container.trim()) + "'",
                "pass container=NAME or an ID as shown by list_docker_containers");
        }
        return name;
    }

    static int range(String name, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw LabcrewException.badInput(name + " must be " + min + " to " + max + ", got " + v, "omit it for " + fallback);
        }
        return v;
    }
}
