package dev.labcrew.proxmox.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A check on the container's config that runs on every diagnosis, failed start or not. The texts of
 * each id (title, cause, fix) live in signatures.json; the check only decides whether it fires.
 */
interface ConfigCheck {

    /** The ids this check may report; each must have an entry in signatures.json. */
    Set<String> ids();

    /** One hit per problem found; empty when the config is fine. */
    List<Hit> check(StartupEvidence evidence, ContainerConfig config);

    /** A fired check: its id, the cited config lines and values for the text placeholders. */
    record Hit(String id, List<String> evidence, Map<String, String> values) {

        public Hit {
            evidence = evidence.stream().distinct().toList();
            values = Map.copyOf(values);
        }

        static Hit of(String id, List<String> evidence) {
            return new Hit(id, evidence, Map.of());
        }
    }
}
