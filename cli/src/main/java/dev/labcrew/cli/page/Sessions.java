package dev.labcrew.cli.page;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in approvers of one running page, in memory: a random id per login, valid for a fixed time,
 * gone when the server stops. The approver is checked against the store on every request, so removing
 * an approver ends their sessions.
 */
final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Session(String approver, Instant until) {
    }

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;

    Sessions(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    String start(String approver) {
        String id = random();
        open.put(id, new Session(approver, clock.instant().plus(lifetime)));
        return id;
    }

    Optional<String> approver(String id) {
        Session s = id == null ? null : open.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (!s.until().isAfter(clock.instant())) {
            open.remove(id);
            return Optional.empty();
        }
        return Optional.of(s.approver());
    }

    void end(String id) {
        if (id != null) {
            open.remove(id);
        }
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
