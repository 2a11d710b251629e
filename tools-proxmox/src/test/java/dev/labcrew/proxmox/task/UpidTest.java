package dev.labcrew.proxmox.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UpidTest {

    @Test
    void should_parse_a_token_task_upid() {
        Upid upid = Upid.parse("UPID:proxmox2:000D7AA2:08D5A17C:63DF62A5:vzclone:200:root@pam!api_token:");

        assertThat(upid).isEqualTo(new Upid("proxmox2", 0xD7AA2L, 0x08D5A17CL, 0x63DF62A5L, "vzclone", "200",
                "root@pam!api_token"));
    }

    @Test
    void should_parse_a_nine_digit_pstart_and_an_empty_id() {
        Upid upid = Upid.parse("UPID:pve-node-1:0000ABCD:1ABCDEF01:6661B000:aptupdate::root@pam:");

        assertThat(upid.pstart()).isEqualTo(0x1ABCDEF01L);
        assertThat(upid.id()).isEmpty();
        assertThat(upid.node()).isEqualTo("pve-node-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not a upid",
        "UPID:node1:000FF1FD:10F9374C:630D702C:vzdump:110:root@pam:keep-running",
        "UPID:node1:000FF1FD:10F9374C:630D702C:vzdump:110:root@pam",
        "UPID:-bad:000FF1FD:10F9374C:630D702C:vzdump:110:root@pam:",
        "UPID:node1:FF1FD:10F9374C:630D702C:vzdump:110:root@pam:",
    })
    void should_reject_malformed_upids_as_bad_input(String text) {
        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> Upid.parse(text));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.hint()).contains("UPID:node:pid:pstart:starttime:type:id:user:");
    }

    @Test
    void should_reject_null() {
        assertThat(catchThrowableOfType(LabcrewException.class, () -> Upid.parse(null)).kind()).isEqualTo(ErrorKind.BAD_INPUT);
    }
}
