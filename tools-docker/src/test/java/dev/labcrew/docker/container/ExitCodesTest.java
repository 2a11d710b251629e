package dev.labcrew.docker.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitCodesTest {
    @Test
    void should_name_the_usual_meaning_of_a_code_and_the_signal_above_128() {
        assertThat(ExitCodes.meaning(1, false)).isEqualTo(" (a general error)");
        assertThat(ExitCodes.meaning(127, false)).isEqualTo(" (command not executable or not found)");
        assertThat(ExitCodes.meaning(143, false)).isEqualTo(" (SIGTERM: stopped)");
        assertThat(ExitCodes.meaning(130, false)).isEqualTo(" (killed by signal 2)");
        assertThat(ExitCodes.meaning(42, false)).isEmpty();
    }

    @Test
    void should_explain_a_kill_by_the_memory_limit_whatever_the_code() {
        assertThat(ExitCodes.meaning(137, true)).isEqualTo(" (SIGKILL after running out of memory)");
        assertThat(ExitCodes.meaning(137, false)).startsWith(" (SIGKILL: killed");
    }
}
