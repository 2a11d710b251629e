package dev.labcrew.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Risk;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisibleTest {
    @Test
    void should_make_escapes_line_breaks_and_bidi_controls_visible() {
        assertThat(Visible.text("ok\u001b[8mhidden\r\n  what changes: nothing\u202e")).isEqualTo("ok\\x1b[8mhidden\\r\\n  what changes: nothing\\u202e");
        assertThat(Visible.text("plain text, caf\u00e9")).isEqualTo("plain text, caf\u00e9");
        assertThat(Visible.text(null)).isEmpty();
        assertThat(Visible.lines("a\tb\nc\u001b[0m\r")).isEqualTo("a\tb\nc\\x1b[0m\\r");
    }

    @Test
    void should_make_every_format_character_visible_including_those_beyond_the_basic_plane() {
        assertThat(Visible.text("re\u00adboot")).isEqualTo("re\\xadboot");
        assertThat(Visible.text("a\u2060b\u061cc\u180ed")).isEqualTo("a\\u2060b\\u061cc\\u180ed");
        assertThat(Visible.text("ok\udb40\udc41")).isEqualTo("ok\\U000e0041");
        assertThat(Visible.text("lone \ud800 half")).isEqualTo("lone \\ud800 half");
        assertThat(Visible.text("emoji \ud83d\ude00 stays")).isEqualTo("emoji \ud83d\ude00 stays");
    }

    @Test
    void should_put_labcrews_preview_above_the_callers_words_and_escape_them() {
        ActionProposal p = new ActionProposal("stop_lxc", Map.of("vmid", 200, "note", "x\u001b[2J"), "ct/200@pve1", Risk.DESTRUCTIVE,
            "fine\n  what changes:\n    nothing", List.of("CT 200 web\u001b[31m: running -> stopped"), "start it", Map.of(), Instant.now());

        String text = ProposalText.render(p);

        assertThat(text).doesNotContain("\u001b").contains("running -> stopped").contains("note=x\\x1b[2J");
        assertThat(text.lines().filter(l -> l.startsWith("  what changes:")).count()).isEqualTo(1);
        assertThat(text.indexOf("running -> stopped")).isLessThan(text.indexOf("reason given by the caller"));
    }
}
