package dev.labcrew.proxmox.diagnosis;

import dev.labcrew.core.Severity;
import java.util.List;

/**
 * One start-failure signature as written in signatures.json.
 *
 * <p>{@code patterns} are searched in the {@code where} sources; {@code match} is {@code all} (each
 * pattern must hit some line) or {@code any}. The signature only applies while every source in
 * {@code whenEmpty} is empty. {@code supporting} lines are quoted as extra evidence but never needed.
 * {@code explainedBy} names causes that make this finding a mere symptom; {@code covers} names
 * findings this one makes redundant. {@code cause} and {@code fix} may use {@code {vmid}},
 * {@code {node}} and the named groups of the patterns. {@code privileges} names what the fix needs (an API
 * privilege, root@pam, or a root shell on the host); {@code scenario} the eval incident that reproduces it.
 */
record SignatureSpec(String id, Kind kind, Severity severity, Confidence confidence, String title,
        List<Source> where, String match, List<String> patterns, List<Source> whenEmpty,
        List<Related> supporting, List<String> explainedBy, List<String> covers, String cause, String fix,
        boolean needsHost, List<String> sources, String privileges, String scenario) {

    SignatureSpec {
        whenEmpty = orEmpty(whenEmpty);
        supporting = orEmpty(supporting);
        explainedBy = orEmpty(explainedBy);
        covers = orEmpty(covers);
        match = match == null ? "any" : match;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A line quoted as extra evidence when the signature matches. */
    record Related(Source in, String pattern) {
    }
}
