package dev.labcrew.core.approval;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Fresh, unguessable approval ids: every approval is good for one call, so no two may share an id. */
public final class ApprovalIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApprovalIds() {
    }

    /** {@code prefix-} followed by 8 random hex digits. */
    public static String next(String prefix) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return prefix + "-" + HexFormat.of().formatHex(bytes);
    }
}
