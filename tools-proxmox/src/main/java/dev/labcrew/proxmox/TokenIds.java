package dev.labcrew.proxmox;

import dev.labcrew.core.LabcrewException;
import java.util.regex.Pattern;

/** Checks API token ids ({@code USER@REALM!TOKENID}) and secrets before anything is sent. */
final class TokenIds {
    // user@realm and token-name grammar from PVE's userid and token_subid formats
    private static final Pattern USER_AT_REALM = Pattern.compile("[^\\s:/!=@]+@[A-Za-z][A-Za-z0-9.\\-_]+");
    private static final Pattern TOKEN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.\\-_]+");
    private static final String FORMAT_HINT =
            "expected USER@REALM!TOKENID, e.g. PROXMOX_TOKEN_ID=root@pam!labcrew; the secret goes in PROXMOX_TOKEN_SECRET";

    private TokenIds() {
    }

    static String requireValid(String tokenId) {
        if (tokenId == null || tokenId.isBlank()) {
            throw LabcrewException.badInput("No Proxmox API token id configured (PROXMOX_TOKEN_ID)", FORMAT_HINT);
        }
        String id = tokenId.trim();
        if (id.contains("=")) {
            // likely "id=secret" pasted whole: never echo it, it would print the secret
            throw LabcrewException.badInput("PROXMOX_TOKEN_ID contains '=': it must hold the token id only", FORMAT_HINT);
        }
        long bangs = id.chars().filter(c -> c == '!').count();
        if (bangs != 1) {
            throw invalid(id, "it needs exactly one '!' between USER@REALM and the token name");
        }
        String[] parts = id.split("!", 2);
        if (!USER_AT_REALM.matcher(parts[0]).matches()) {
            throw invalid(id, "'" + parts[0] + "' is not USER@REALM");
        }
        if (!TOKEN_NAME.matcher(parts[1]).matches()) {
            throw invalid(id, "the token name '" + parts[1] + "' must start with a letter and have at least 2 characters");
        }
        return id;
    }

    private static LabcrewException invalid(String id, String why) {
        return LabcrewException.badInput("Invalid Proxmox API token id '" + id + "': " + why, FORMAT_HINT);
    }

    static String requireSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw LabcrewException.badInput("No Proxmox API token secret configured (PROXMOX_TOKEN_SECRET)",
                    "set PROXMOX_TOKEN_SECRET to the token's UUID, shown once when the token was created");
        }
        String trimmed = secret.trim();
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw LabcrewException.badInput("PROXMOX_TOKEN_SECRET contains whitespace",
                    "set it to the token's UUID alone, e.g. 01234567-89ab-cdef-0123-456789abcdef");
        }
        return trimmed;
    }
}
