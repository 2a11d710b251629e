package dev.labcrew.proxmox;

import dev.labcrew.core.LabcrewException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the environment names homelab users already have (PROXMOX_HOST, PROXMOX_TOKEN_ID, ...). */
final class EnvConfig {
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");

    private EnvConfig() {
    }

    static boolean isConfigured(Map<String, String> env) {
        return value(env, "PROXMOX_URL") != null || value(env, "PROXMOX_HOST") != null;
    }

    static ProxmoxConfig read(Map<String, String> env) {
        return builder(env).build();
    }

    static ProxmoxConfig.Builder builder(Map<String, String> env) {
        if (!isConfigured(env)) {
            throw LabcrewException.badInput("Proxmox is not configured: PROXMOX_URL and PROXMOX_HOST are unset",
                    "set PROXMOX_HOST=HOST (port 8006 assumed) or PROXMOX_URL=https://HOST:8006/api2/json");
        }
        ProxmoxConfig.Builder builder = ProxmoxConfig.builder()
                .url(value(env, "PROXMOX_URL"))
                .host(value(env, "PROXMOX_HOST"))
                .tokenId(tokenId(env))
                .tokenSecret(secret(env))
                .defaultNode(value(env, "PROXMOX_NODE"))
                .fingerprint(value(env, "PROXMOX_FINGERPRINT"));
        String verify = value(env, "PROXMOX_VERIFY_SSL");
        builder.insecure(verify != null && FALSE.contains(verify.toLowerCase(Locale.ROOT)));
        String allowHttp = value(env, "PROXMOX_ALLOW_HTTP");
        builder.allowHttp(allowHttp != null && TRUE.contains(allowHttp.toLowerCase(Locale.ROOT)));
        String timeout = value(env, "PROXMOX_TIMEOUT");
        if (timeout != null) {
            builder.timeout(seconds(timeout));
        }
        String caFile = value(env, "PROXMOX_CA_FILE");
        if (caFile != null) {
            builder.caFile(Path.of(caFile));
        }
        return builder;
    }

    private static String tokenId(Map<String, String> env) {
        String id = value(env, "PROXMOX_TOKEN_ID");
        if (id == null) {
            throw LabcrewException.badInput("PROXMOX_TOKEN_ID is not set",
                    "set PROXMOX_TOKEN_ID=USER@REALM!TOKENID (e.g. root@pam!labcrew) and PROXMOX_TOKEN_SECRET");
        }
        if (id.contains("!") || id.contains("=") || id.contains("@")) {
            return id;
        }
        // seed-era setups give the token name alone and the user in PROXMOX_USER
        String user = value(env, "PROXMOX_USER");
        return (user == null ? "root@pam" : user) + "!" + id;
    }

    private static String secret(Map<String, String> env) {
        String secret = value(env, "PROXMOX_TOKEN_SECRET");
        if (secret == null) {
            throw LabcrewException.badInput("PROXMOX_TOKEN_SECRET is not set",
                    "set PROXMOX_TOKEN_SECRET to the API token's UUID, shown once when the token was created");
        }
        return secret;
    }

    private static Duration seconds(String text) {
        if (text.matches("\\d{1,6}") && Integer.parseInt(text) > 0) {
            return Duration.ofSeconds(Integer.parseInt(text));
        }
        throw LabcrewException.badInput("PROXMOX_TIMEOUT must be a whole number of seconds above 0, got '" + text + "'",
                "e.g. PROXMOX_TIMEOUT=60: how long one call may take, its retries included");
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
