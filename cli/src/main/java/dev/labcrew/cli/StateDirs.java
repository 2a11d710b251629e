package dev.labcrew.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where state that must survive a restart lives: {@code $XDG_STATE_HOME/labcrew/} (default
 * {@code ~/.local/state/labcrew/}) for the database of approvals and the audit trail, and
 * {@code $XDG_CONFIG_HOME/labcrew/} for the audit key and the policy, kept apart from the log.
 */
record StateDirs(Path state, Path config) {
    static StateDirs of(Map<String, String> env) {
        String home = System.getProperty("user.home");
        return new StateDirs(base(env, "XDG_STATE_HOME", Path.of(home, ".local", "state")).resolve("labcrew"),
            base(env, "XDG_CONFIG_HOME", Path.of(home, ".config")).resolve("labcrew"));
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
        Path yaml = config.resolve("policy.yaml");
        return yaml.toFile().exists() ? yaml : config.resolve("policy.json");
    }

    private static Path base(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
