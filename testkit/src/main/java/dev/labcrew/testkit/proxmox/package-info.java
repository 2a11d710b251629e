/**
 * {@link dev.labcrew.testkit.proxmox.FakeProxmox}, a Proxmox VE API simulator for tests and demos.
 *
 * <h2>Scenario files</h2>
 * Built-in scenarios live at {@code dev/labcrew/testkit/proxmox/scenarios/NAME.json}; your own load with
 * {@link dev.labcrew.testkit.proxmox.Scenario#fromFile}. Unknown keys are refused. Every {@code age},
 * {@code uptime} and {@code duration} is seconds ({@code 86400}) or an ISO-8601 duration ({@code "P21D"},
 * {@code "PT12M"}), counted back from the moment the server starts.
 *
 * <pre>{@code
 * {
 *   "name": "my-lab", "cluster": "homelab", "timezone": "UTC",            // journal times are node-local
 *   "version": {"version": "9.1.4", "release": "9.1", "repoid": "5b0ce3b2"},
 *   "nodes":    [{"name": "pve1", "ip": "…", "maxcpu": 16, "maxmem": 68719476736, "cpu": 0.1, "mem": …,
 *                 "disk": …, "maxdisk": …, "uptime": "P3D"}],            // the first node answers the API
 *   "storages": [{"nodes": ["pve1"], "storage": "local", "type": "dir", "content": "iso,backup",
 *                 "disk": …, "maxdisk": …, "shared": false}],            // "nodes" absent: every node
 *   "tokens":   [{"id": "root@pam!labcrew", "secret": null,              // null: a random UUID per start
 *                 "acl": {"/": ["VM.Audit", "Sys.Audit"]}}],             // the first token is the admin one
 *   "guests": [{
 *     "vmid": 102, "type": "lxc", "node": "pve1", "status": "stopped",   // type lxc|qemu, status stopped|running
 *     "config": {"hostname": "ct", "memory": 1024, "net0": "name=eth0,…"},// as /etc/pve/lxc/102.conf holds it
 *     "lxc": [["lxc.mount.entry", "/dev/fuse dev/fuse none bind,create=file 0 0"]],
 *     "usage": {"cpu": 0.3, "mem": …, "swap": …, "disk": …, "netin": …, "netout": …,
 *               "diskread": …, "diskwrite": …, "uptime": "PT2H"},        // running guests only
 *     "snapshots": [{"name": "weekly-1", "age": "P7D", "description": ""}],   // oldest first
 *     "interfaces": [{"name": "eth0", "hwaddr": "…", "inet": "…/24", "inet6": "…/64"}],  // else from netN
 *     "firewall": {"enable": 1, "policy_in": "DROP"},
 *     "tasks": [{"type": "vzstart", "user": "root@pam", "age": "PT5M", "duration": 11,
 *                "exitstatus": "unable to get PID for CT 102 (not running?)",   // null: still running
 *                "log": ["problem with monitor socket, but continuing anyway: got timeout"]}],  // TASK line added
 *     "journal": [{"ident": "systemd[1]", "age": "PT5M", "message": "…"}], // unit pve-container@102 unless given;
 *                                                                           // "unit": "" for none
 *     "startFailure": {                                   // every POST status/start (and reboot) of it fails so
 *       "log": ["problem with monitor socket, but continuing anyway: got timeout"],   // task log lines
 *       "exitstatus": "unable to get PID for CT 102 (not running?)",                  // then TASK ERROR: this
 *       "journal": [{"ident": "systemd[1]", "message": "…"}]}  // written when it fails; unit as above
 *   }],
 *   "tasks":   [{"node": "pve1", "type": "aptupdate", "id": "", "user": "root@pam", "age": "P1D", …}],
 *   "journal": [{"node": "pve1", "unit": "cron", "ident": "CRON[4410]", "age": "PT17M", "message": "…"}],
 *   "faults":  {"lockTimeouts": {"102": 2}, "offlineNodes": ["pve2"], "slowMillis": 0,
 *               "malformedPaths": ["^/cluster/resources"],
 *               "lockContention": {"9101": "PT2S"}}        // window after each write; restored by Faults.clear()
 * }
 * }</pre>
 *
 * <h2>Writes</h2>
 * Under {@code /nodes/{node}/lxc/{vmid}/}: {@code POST status/start|stop|shutdown|reboot}, {@code POST snapshot},
 * {@code DELETE snapshot/{snapname}}, {@code POST snapshot/{snapname}/rollback}, {@code PUT resize} answer a UPID;
 * {@code PUT config} answers {@code null} at once. Each task runs for
 * {@link dev.labcrew.testkit.proxmox.FakeProxmox.Builder#taskDuration} (150 ms by default), one guest's tasks one
 * after another, then changes the guest. As in PVE 8.2+, a state precondition ({@code CT 101 already running}) is a
 * 500 at once while a lock ({@code CT is locked (backup)}, a config lock timeout) fails the task.
 */
package dev.labcrew.testkit.proxmox;
