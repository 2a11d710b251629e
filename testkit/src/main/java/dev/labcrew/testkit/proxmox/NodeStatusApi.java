package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /nodes/{node}/status}, {@code /services} (Sys.Audit on {@code /nodes/{node}}), {@code /subscription}
 * (any user) and {@code /apt/update} (Sys.Modify, as PVE asks even to list). A homelab has no subscription: the
 * status is {@code notfound}. {@code loadavg} comes as strings, as PVE sends it.
 */
final class NodeStatusApi {
  private static final String[] SERVICES = {"corosync", "cron", "pve-cluster", "pve-firewall", "pve-ha-crm",
      "pve-ha-lrm", "pvedaemon", "pveproxy", "pvescheduler", "pvestatd", "spiceproxy", "sshd"};

  private NodeStatusApi() {}

  static void register(Routes routes) {
    routes.get("/nodes/{node}/status", "", NodeStatusApi::status)
        .get("/nodes/{node}/services", "", call -> {
          call.require("/nodes/" + call.node().name(), "Sys.Audit");
          List<Map<String, Object>> rows = new ArrayList<>();
          for (String name : SERVICES) {
            rows.add(Map.of("name", name, "service", name, "desc", name, "state", "running",
                "active-state", "active", "unit-state", "enabled"));
          }
          return Reply.of(rows);
        })
        .get("/nodes/{node}/subscription", "", call -> Reply.of(Map.of("status", "notfound",
            "message", "There is no subscription key", "serverid", "7A1B2C3D4E5F60718293A4B5C6D7E8F9")))
        .get("/nodes/{node}/apt/repositories", "", call -> {
          call.require("/nodes/" + call.node().name(), "Sys.Audit");
          Map<String, Object> repo = Map.of("Types", List.of("deb"), "URIs", List.of("https://enterprise.proxmox.com/debian/pve"),
              "Suites", List.of("trixie"), "Components", List.of("pve-enterprise"), "Enabled", 1, "FileType", "sources");
          return Reply.of(Map.of("digest", "4f1c", "errors", List.of(), "infos", List.of(), "standard-repos", List.of(),
              "files", List.of(Map.of("path", "/etc/apt/sources.list.d/pve-enterprise.sources", "file-type", "sources",
                  "repositories", List.of(repo)))));
        })
        .get("/nodes/{node}/apt/update", "", call -> {
          call.require("/nodes/" + call.node().name(), "Sys.Modify");
          return Reply.of(List.of(Map.of("Package", "pve-manager", "OldVersion", "9.1.4", "Version", "9.1.5",
              "Origin", "Proxmox", "Priority", "optional", "Section", "admin", "Title", "Proxmox VE manager")));
        });
  }

  private static Reply status(Call call) {
    NodeState node = call.node();
    call.require("/nodes/" + node.name(), "Sys.Audit");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("uptime", node.uptime(call.now));
    row.put("cpu", node.cpu());
    row.put("loadavg", List.of(String.format("%.2f", node.cpu() * node.maxcpu()), "0.38", "0.30"));
    row.put("cpuinfo", Map.of("cpus", node.maxcpu(), "sockets", 1, "cores", node.maxcpu() / 2,
        "model", "AMD Ryzen 7 5700G with Radeon Graphics"));
    row.put("memory", Map.of("total", node.maxmem(), "used", node.mem(), "free", node.maxmem() - node.mem()));
    row.put("rootfs", Map.of("total", node.maxdisk(), "used", node.disk(), "avail", node.maxdisk() - node.disk(),
        "free", node.maxdisk() - node.disk()));
    row.put("pveversion", "pve-manager/" + call.lab.version.get("version") + "/" + call.lab.version.get("repoid"));
    row.put("kversion", "Linux 6.8.12-4-pve #1 SMP PREEMPT_DYNAMIC PMX 6.8.12-4");
    row.put("boot-info", Map.of("mode", "efi", "secureboot", 0));
    return Reply.of(row);
  }
}
