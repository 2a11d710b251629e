package dev.labcrew.docker.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogFramesTest {
    private static byte[] frame(int stream, String payload) {
        byte[] text = payload.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + text.length).put((byte) stream).put(new byte[3]).putInt(text.length).put(text).array();
    }

    private static byte[] concat(byte[]... frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            out.writeBytes(f);
        }
        return out.toByteArray();
    }

    @Test
    void should_demultiplex_stdout_and_stderr() {
        byte[] body = concat(frame(1, "starting\n"), frame(2, "ERROR disk full\n"), frame(1, "retrying\nstill here\n"));
        assertThat(LogFrames.split(body, false)).containsExactly(
            new LogFrames.Line("stdout", "starting"), new LogFrames.Line("stderr", "ERROR disk full"),
            new LogFrames.Line("stdout", "retrying"), new LogFrames.Line("stdout", "still here"));
    }

    @Test
    void should_join_a_line_split_across_frames() {
        byte[] body = concat(frame(1, "half a "), frame(1, "line\n"), frame(2, "no newline at the end"));
        assertThat(LogFrames.split(body, false)).containsExactly(
            new LogFrames.Line("stdout", "half a line"), new LogFrames.Line("stderr", "no newline at the end"));
    }

    @Test
    void should_read_a_tty_log_as_one_raw_stream() {
        byte[] body = "s6-rc: info: started\r\nready\n".getBytes(StandardCharsets.UTF_8);
        assertThat(LogFrames.split(body, true)).containsExactly(new LogFrames.Line("tty", "s6-rc: info: started"),
            new LogFrames.Line("tty", "ready"));
    }

    @Test
    void should_keep_what_a_truncated_frame_holds() {
        byte[] whole = frame(2, "cut off in the middle\n");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 8);
        assertThat(LogFrames.split(cut, false)).containsExactly(new LogFrames.Line("stderr", "cut off in the"));
    }

    @Test
    void should_read_a_log_without_headers_as_plain_text_even_without_a_tty() {
        assertThat(LogFrames.split("plain\n".getBytes(StandardCharsets.UTF_8), false))
            .containsExactly(new LogFrames.Line("stdout", "plain"));
    }
}
