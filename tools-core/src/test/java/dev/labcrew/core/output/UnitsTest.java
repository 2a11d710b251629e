package dev.labcrew.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void should_format_bytes_in_binary_units() {
        assertThat(Units.bytes(512)).isEqualTo("512 B");
        assertThat(Units.bytes(4_294_967_296L)).isEqualTo("4.0 GiB");
        assertThat(Units.bytes(Long.MAX_VALUE)).endsWith("PiB");
    }

    @Test
    void should_format_usage_and_percent() {
        assertThat(Units.usage(4_080_218_931L, 4_294_967_296L)).isEqualTo("3.8 GiB/4.0 GiB (95.0%)");
        assertThat(Units.percent(1, 0)).isZero();
    }

    @Test
    void should_format_durations_compactly() {
        assertThat(Units.duration(42)).isEqualTo("42s");
        assertThat(Units.duration(3_725)).isEqualTo("1h 2m");
        assertThat(Units.duration(3 * 86_400 + 4 * 3_600)).isEqualTo("3d 4h");
    }
}
