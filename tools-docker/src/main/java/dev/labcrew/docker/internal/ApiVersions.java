package dev.labcrew.docker.internal;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.docker.DockerException;

/**
 * Chooses the API version to speak with an engine from its unversioned {@code /version}: the lower of
 * the newest this client knows and the newest the engine speaks. Docker 29 refuses anything below
 * 1.44, Debian 12's engine and Podman speak 1.41: no version is ever hard-coded into a request.
 */
public final class ApiVersions {
    /** The newest API version whose answers this client knows (Docker 29). */
    public static final String NEWEST_KNOWN = "1.52";

    private ApiVersions() {
    }

    /**
     * @param engineMax the engine's {@code ApiVersion}
     * @param engineMin the engine's {@code MinAPIVersion}, or null when it does not say
     * @throws DockerException CONFLICT when the engine needs a newer version than this client knows
     */
    public static String choose(String host, String engineMax, String engineMin) {
        String chosen = compare(engineMax, NEWEST_KNOWN) < 0 ? engineMax : NEWEST_KNOWN;
        if (engineMin != null && !engineMin.isBlank() && compare(chosen, engineMin) < 0) {
            throw new DockerException(ErrorKind.CONFLICT, "Docker engine " + host + " needs API " + engineMin
                + " or newer; Labcrew speaks up to " + NEWEST_KNOWN, "upgrade Labcrew", host, "GET", "/version", 200,
                "MinAPIVersion " + engineMin, null);
        }
        return chosen;
    }

    /** Compares dotted versions numerically: {@code 1.9 < 1.41 < 1.52}. */
    public static int compare(String a, String b) {
        String[] x = a.trim().split("\\.");
        String[] y = b.trim().split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int d = Integer.compare(part(x, i), part(y, i));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int part(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[i].replaceAll("\\D.*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
