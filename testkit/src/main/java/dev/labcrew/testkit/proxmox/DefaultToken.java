package dev.labcrew.testkit.proxmox;

import java.util.List;
import java.util.Map;

/** The admin token a lab file without {@code tokens} gets: {@code root@pam!labcrew}, every privilege the tools use. */
final class DefaultToken {
  static final List<ScenarioSpec.TokenSpec> TOKENS = List.of(new ScenarioSpec.TokenSpec("root@pam!labcrew", null,
      Map.of("/", List.of("VM.Audit", "VM.PowerMgmt", "VM.Config.Memory", "VM.Config.CPU", "VM.Config.Disk",
          "VM.Config.Network", "VM.Config.Options", "VM.Snapshot", "VM.Snapshot.Rollback", "VM.Allocate",
          "Sys.Audit", "Sys.Syslog", "Datastore.Audit", "Datastore.AllocateSpace", "SDN.Use"))));

  private DefaultToken() {}
}
