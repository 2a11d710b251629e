package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import org.junit.jupiter.api.Test;

class VmidsTest {

    @Test
    void should_accept_the_proxmox_range() {
        assertThat(Vmids.require(100)).isEqualTo(100);
        assertThat(Vmids.require(999_999_999)).isEqualTo(999_999_999);
    }

    @Test
    void should_reject_an_id_below_100_with_the_range_in_the_message() {
        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> Vmids.require(99));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.getMessage()).isEqualTo("Invalid vmid 99: Proxmox guest IDs are 100 to 999999999");
        assertThat(e.hint()).isNotBlank();
    }

    @Test
    void should_reject_a_missing_id() {
        assertThat(catchThrowableOfType(LabcrewException.class, () -> Vmids.require(null)).kind())
                .isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(catchThrowableOfType(LabcrewException.class, () -> Vmids.require(1_000_000_000)).kind())
                .isEqualTo(ErrorKind.BAD_INPUT);
    }
}
