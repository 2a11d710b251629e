package dev.labcrew.testkit.proxmox;

import java.util.List;
import java.util.Map;

/** The tokens generated scenarios get: the admin {@code root@pam!labcrew} and {@code auditor@pve!readonly}. */
final class Tokens {
  static final List<String> ADMIN_PRIVILEGES = List.of("VM.Audit", "VM.PowerMgmt", "VM.Config.Memory",
      "VM.Config.CPU", "VM.Config.Disk", "VM.Config.Network", "VM.Config.Options", "VM.Snapshot",
      "VM.Snapshot.Rollback", "Sys.Audit", "Sys.Syslog", "Datastore.Audit", "Datastore.AllocateSpace", "SDN.Use");

  private Tokens() {}

  static List<ScenarioSpec.TokenSpec> standard() {
    return List.of(new ScenarioSpec.TokenSpec("root@pam!labcrew", null, Map.of("/", ADMIN_PRIVILEGES)),
        new ScenarioSpec.TokenSpec("auditor@pve!readonly", null, Map.of("/vms", List.of("VM.Audit"))));
  }
}
