package dev.labcrew.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerErrorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "can't lock file '/run/lock/lxc/pve-config-105.lock' - got timeout | LOCKED",
        "can't lock file '/var/lock/qemu-server/lock-101.conf' - got timeout | LOCKED",
        "CT is locked (backup) | LOCKED",
        "VM is locked (migrate) | LOCKED",
        "CT 102 already running | CONFLICT",
        "CT 102 not running | CONFLICT",
        "snapshot name 'before' already exists | CONFLICT",
        "Configuration file 'nodes/pve1/lxc/105.conf' does not exist | NOT_FOUND",
        "no such resource 'ct:334' | NOT_FOUND",
        "storage 'nas' not found | NOT_FOUND",
        "no such file '/version' | BAD_INPUT",
        "command 'lvs' failed: exit code 5 | REMOTE_ERROR",
    })
    void should_classify_500_messages(String message, ErrorKind expected) {
        assertThat(ServerError.classify(message).kind()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VM.Audit | PVEAuditor",
        "Sys.Audit | PVEAuditor",
        "VM.PowerMgmt | PVEVMUser",
        "VM.Snapshot | PVEVMAdmin",
        "VM.Config.Memory | PVEVMAdmin",
        "Sys.Syslog | PVESysAdmin",
        "Datastore.AllocateSpace | PVEDatastoreUser",
    })
    void should_suggest_a_builtin_role_carrying_the_privilege(String privilege, String role) {
        assertThat(PermissionDenial.roleFor(privilege)).isEqualTo(role);
    }
}
