package dev.labcrew.core.audit;

import java.util.List;

/**
 * The result of {@link dev.labcrew.core.store.StateStore#verifyAudit()}.
 *
 * @param intact true when every line parses, every MAC matches and the chain has no gap or reordering
 * @param records the number of lines read
 * @param problems one sentence per problem, naming the line: {@code line 3: MAC mismatch (record edited)}
 */
public record AuditVerification(boolean intact, int records, List<String> problems) {
    public AuditVerification {
        problems = List.copyOf(problems);
    }
}
