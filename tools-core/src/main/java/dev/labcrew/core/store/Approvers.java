package dev.labcrew.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The people who may decide through the approval page, each with a secret of their own. The store keeps
 * only a hash of the secret; the secret itself is returned once, by {@link #add(String)}.
 *
 * <pre>{@code
 * String secret = store.approvers().add("alice");    // show it to alice, once
 * Optional<String> who = store.approvers().authenticate("alice", typed);
 * }</pre>
 *
 * <p>Methods throw {@link dev.labcrew.core.LabcrewException}: {@code CONFLICT} when the name exists,
 * {@code BAD_INPUT} for a name that is not a plain word, {@code REMOTE_ERROR} when the database refuses.
 */
public interface Approvers {

    /** One registered approver, without the secret. */
    record Approver(String name, Instant createdAt) {
    }

    /** Registers a new approver and returns their secret (256 random bits, URL-safe base64). */
    String add(String name);

    /** Every approver, by name. */
    List<Approver> list();

    /** Removes an approver: their secret, sessions and links stop working. False when there was none. */
    boolean remove(String name);

    /** The approver's name when the secret is theirs (compared in constant time), empty otherwise. */
    Optional<String> authenticate(String name, String secret);

    /** Whether an approver of that name is registered now. */
    default boolean exists(String name) {
        return list().stream().anyMatch(a -> a.name().equals(name));
    }
}
