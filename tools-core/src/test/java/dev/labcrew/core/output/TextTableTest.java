package dev.labcrew.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void should_pad_columns_to_widest_cell_without_trailing_spaces() {
        String text = new TextTable("ID", "NAME").row("102", "ugreen").row("9101", null).render();
        assertThat(text).isEqualTo("ID    NAME\n102   ugreen\n9101  -\n");
    }

    @Test
    void should_refuse_rows_of_wrong_width() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("1")).isInstanceOf(IllegalArgumentException.class);
    }
}
