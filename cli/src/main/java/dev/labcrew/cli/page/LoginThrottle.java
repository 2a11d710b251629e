package dev.labcrew.cli.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Slows guessing: after five failed logins for one name within ten minutes, that name waits out the ten minutes. */
final class LoginThrottle {
    private static final int LIMIT = 5;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private record Failures(int count, Instant since) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean mayTry(String name) {
        Failures f = failures.get(name);
        if (f == null || f.since().plus(WINDOW).isBefore(clock.instant())) {
            failures.remove(name);
            return true;
        }
        return f.count() < LIMIT;
    }

    void failed(String name) {
        failures.merge(name, new Failures(1, clock.instant()), (old, one) -> new Failures(old.count() + 1, old.since()));
    }
}
