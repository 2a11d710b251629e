package dev.labcrew.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutputBudgetTest {
    @Test
    void should_keep_text_that_fits() {
        assertThat(OutputBudget.ofChars(500).fit("a\nb")).isEqualTo("a\nb");
    }

    @Test
    void should_cut_at_line_boundary_and_say_what_was_cut() {
        String text = "line\n".repeat(200).strip();
        String fitted = OutputBudget.ofChars(400).fit(text);
        assertThat(fitted.length()).isLessThanOrEqualTo(400);
        assertThat(fitted).startsWith("line\nline\n").contains("of 200 lines not shown");
        assertThat(fitted.lines().filter(l -> l.equals("line")).count()).isGreaterThan(30);
    }

    @Test
    void should_cut_a_single_huge_line() {
        String fitted = OutputBudget.ofChars(300).fit("x".repeat(10_000));
        assertThat(fitted.length()).isLessThanOrEqualTo(300);
        assertThat(fitted).contains("[cut: 1 of 1 lines");
    }

    @Test
    void should_refuse_tiny_budgets() {
        assertThatThrownBy(() -> OutputBudget.ofChars(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
