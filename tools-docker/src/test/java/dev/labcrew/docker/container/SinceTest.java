package dev.labcrew.docker.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.LabcrewException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SinceTest {
    private static final Instant NOW = Instant.parse("2025-01-31T12:00:00Z");

    @Test
    void should_read_durations_times_and_unix_seconds() {
        assertThat(Since.epochSeconds("30m", NOW)).isEqualTo(NOW.getEpochSecond() - 1800);
        assertThat(Since.epochSeconds("2h", NOW)).isEqualTo(NOW.getEpochSecond() - 7200);
        assertThat(Since.epochSeconds("1d", NOW)).isEqualTo(NOW.getEpochSecond() - 86400);
        assertThat(Since.epochSeconds("2025-01-31T08:00:00Z", NOW)).isEqualTo(Instant.parse("2025-01-31T08:00:00Z").getEpochSecond());
        assertThat(Since.epochSeconds("1738310400", NOW)).isEqualTo(1738310400L);
        assertThat(Since.epochSeconds(null, NOW)).isNull();
    }

    @Test
    void should_refuse_what_it_cannot_read_with_examples() {
        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> Since.epochSeconds("yesterday", NOW));
        assertThat(e.hint()).contains("30m").contains("2025-01-31T08:00:00Z");
    }
}
