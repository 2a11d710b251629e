package dev.labcrew.testkit.proxmox;

import java.util.Random;

/** What a running task's work sees: its task (for log lines), its guest, the lab, the time and fresh pids. */
final class Job {
  final Task task;
  final Guest guest;
  final Lab lab;
  final long now;
  private final TaskRunner runner;
  private final Random random;

  Job(Task task, Guest guest, Lab lab, TaskRunner runner, Random random) {
    this.task = task;
    this.guest = guest;
    this.lab = lab;
    this.runner = runner;
    this.random = random;
    this.now = java.time.Instant.now().getEpochSecond();
  }

  /** A line of the task log, before the {@code TASK ...} trailer. */
  void log(String line) {
    task.append(line);
  }

  /** A journal line under the guest's unit {@code pve-container@VMID}, or under {@code unit} ({@code ""}: none). */
  void journal(String unit, String ident, String message) {
    String effective = unit == null ? "pve-container@" + guest.vmid() : unit.isEmpty() ? null : unit;
    lab.addJournal(new JournalEntry(guest.node(), effective, now, ident, message));
  }

  /** A systemd line about the guest's unit. */
  void systemd(String message) {
    journal(null, "systemd[1]", message);
  }

  /** The worker's own syslog line, such as {@code starting CT 101: UPID:...}. */
  void syslog(String message) {
    lab.addJournal(new JournalEntry(guest.node(), "pvedaemon", now, "pvedaemon[" + task.pid() + "]", message));
  }

  int newPid() {
    return 1000 + random.nextInt(4_000_000);
  }

  Random random() {
    return random;
  }

  /** Starts a further task of the same user on the same guest, as a worker calling another API method does. */
  String spawn(String type, TaskRunner.Work work) {
    return runner.start(task.user(), guest, type, null, work);
  }
}
