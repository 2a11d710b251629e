package dev.labcrew.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where state that must survive a restart lives: {@code $XDG_STATE_HOME/labcrew/} (default
 * {@code ~/.local/state/labcrew/}) for the database of approvals and the audit trail, and
 * {@code $XDG_CONFIG_HOME/labcrew/} for the audit key and the policy, kept apart from the log.
 *
 * <p>A simulated lab ({@code --demo}, {@code --scenario}) keeps its state in a {@code demo/} folder of each,
 * so trying the demo never adds to a real lab's queue or audit trail; the policy is the user's either way.
 */
record StateDirs(Path state, Path config, Path policies) {
    static StateDirs of(Map<String, String> env) {
        String home = System.getProperty("user.home");
        Path config = base(env, "XDG_CONFIG_HOME", Path.of(home, ".config")).resolve("labcrew");
        return new StateDirs(base(env, "XDG_STATE_HOME", Path.of(home, ".local", "state")).resolve("labcrew"), config, config);
    }

    /** The directories of simulated labs: their own database and audit key, the same policy. */
    StateDirs demo() {
        return new StateDirs(state.resolve(DEMO), config.resolve(DEMO), policies);
    }

    static final String DEMO = "demo";

    /** The demo simulator's self-signed certificate and key, kept so a start need not make a key pair. */
    Path simulatorCertificate() {
        return state.resolve("simulator-certificate.pem");
    }

    /** The embedded database: approvals, decisions and the audit trail. */
    Path database() {
        return state.resolve("labcrew.db");
    }

    /** The audit trail of versions before the database, imported once. */
    Path legacyAuditLog() {
        return state.resolve("audit.jsonl");
    }

    /** The approval queue of versions before the database, imported once. */
    Path legacyApprovals() {
        return state.resolve("approvals.json");
    }

    Path auditKey() {
        return config.resolve("audit.key");
    }

    Path defaultPolicy() {
        Path yaml = policies.resolve("policy.yaml");
        return yaml.toFile().exists() ? yaml : policies.resolve("policy.json");
    }

    private static Path base(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
