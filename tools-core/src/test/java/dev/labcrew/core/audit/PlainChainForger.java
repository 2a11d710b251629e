package dev.labcrew.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What someone without the key would do after an edit: rebuild the chain with plain SHA-256. */
final class PlainChainForger {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainChainForger() {
    }

    static List<String> forge(List<String> lines) throws Exception {
        List<String> forged = new ArrayList<>();
        String prev = AuditCodec.GENESIS;
        for (String line : lines) {
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            node.remove("mac");
            node.put("prevMac", prev);
            String mac = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(AuditCodec.canonical(node).getBytes(StandardCharsets.UTF_8)));
            forged.add(AuditCodec.line(node, mac));
            prev = mac;
        }
        return forged;
    }
}
