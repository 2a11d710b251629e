package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.List;

/** A worker task with its UPID, its exit status once it has stopped, and its log (without the TASK trailer). */
final class Task {
  private final String node;
  private final int pid;
  private final long pstart;
  private final long starttime;
  private final String type;
  private final String id;
  private final String user;
  private final List<String> log;
  private Long endtime;
  private String exitstatus;

  Task(String node, int pid, long pstart, long starttime, String type, String id, String user, List<String> log) {
    this.node = node;
    this.pid = pid;
    this.pstart = pstart;
    this.starttime = starttime;
    this.type = type;
    this.id = id == null ? "" : id;
    this.user = user;
    this.log = new ArrayList<>(log);
  }

  void finish(long at, String status) {
    this.endtime = at;
    this.exitstatus = status;
  }

  void append(String line) {
    log.add(line);
  }

  String upid() {
    return String.format("UPID:%s:%08X:%08X:%08X:%s:%s:%s:", node, pid, pstart, starttime, type, id, user);
  }

  /** The log as PVE returns it: the lines, then {@code TASK OK|WARNINGS: n|ERROR: text} once stopped. */
  List<String> logLines() {
    List<String> lines = new ArrayList<>(log);
    if (exitstatus != null) {
      boolean ok = exitstatus.equals("OK") || exitstatus.startsWith("WARNINGS: ");
      lines.add(ok ? "TASK " + exitstatus : "TASK ERROR: " + exitstatus);
    }
    return lines;
  }

  boolean running() {
    return exitstatus == null;
  }

  boolean failed() {
    return !running() && !exitstatus.equals("OK") && !exitstatus.startsWith("WARNINGS: ");
  }

  String node() {
    return node;
  }

  int pid() {
    return pid;
  }

  long pstart() {
    return pstart;
  }

  long starttime() {
    return starttime;
  }

  String type() {
    return type;
  }

  String id() {
    return id;
  }

  String user() {
    return user;
  }

  Long endtime() {
    return endtime;
  }

  String exitstatus() {
    return exitstatus;
  }
}
