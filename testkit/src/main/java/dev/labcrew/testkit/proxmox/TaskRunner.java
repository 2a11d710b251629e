package dev.labcrew.testkit.proxmox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tasks of write endpoints like PVE's {@code fork_worker}: the UPID at once, the work once the task
 * duration has passed, on the scheduler and never in a request thread. One guest's tasks run one after another, as
 * its config lock orders them in PVE. Every method expects the lab's monitor held; the work runs under it.
 */
final class TaskRunner {
  private final Lab lab;
  private final Faults faults;
  private final ScheduledExecutorService scheduler;
  private final long durationNanos;
  private final Random random = new Random();
  private final Map<Integer, Long> busyUntil = new HashMap<>();

  /** What a task does when it runs; a thrown {@link ApiException} fails it with that message as exit status. */
  @FunctionalInterface
  interface Work {
    void run(Job job);
  }

  TaskRunner(Lab lab, Faults faults, ScheduledExecutorService scheduler, Duration duration) {
    this.lab = lab;
    this.faults = faults;
    this.scheduler = scheduler;
    this.durationNanos = duration.toNanos();
  }

  /**
   * Starts task {@code type} on {@code guest} for {@code user} and returns its UPID. The work fails with
   * {@code lockError} when that is set, and a {@link Faults#failNextTask} fault replaces it.
   */
  String start(String user, Guest guest, String type, String lockError, Work work) {
    NodeState node = lab.node(guest.node());
    long now = Instant.now().getEpochSecond();
    long pstart = Math.max(1, now - node.bootTime()) * 100 + random.nextInt(100);
    Task task = new Task(node.name(), 1000 + random.nextInt(4_000_000), pstart, now, type,
        String.valueOf(guest.vmid()), user, List.of());
    lab.addTask(task);
    daemonLine(task, now, "starting task " + task.upid());
    Work effective = injected(guest, lockError, work);
    long at = Math.max(System.nanoTime(), busyUntil.getOrDefault(guest.vmid(), 0L)) + durationNanos;
    busyUntil.put(guest.vmid(), at);
    scheduler.schedule(() -> finish(task, guest, effective), at - System.nanoTime(), TimeUnit.NANOSECONDS);
    return task.upid();
  }

  /** The syslog identifier of a node's pvedaemon, such as {@code pvedaemon[1532]}. */
  static String daemon(String node) {
    return "pvedaemon[" + (1000 + Math.floorMod(node.hashCode(), 9000)) + "]";
  }

  private Work injected(Guest guest, String lockError, Work work) {
    Faults.TaskFault fault = faults.takeTaskFault(guest.vmid());
    if (fault != null) {
      return job -> {
        fault.log().forEach(job::log);
        throw ApiException.serverError(fault.exitstatus());
      };
    }
    if (lockError != null) {
      return job -> {
        throw ApiException.serverError(lockError);
      };
    }
    return work;
  }

  private void finish(Task task, Guest guest, Work work) {
    synchronized (lab) {
      Job job = new Job(task, guest, lab, this, random);
      String status = "OK";
      try {
        work.run(job);
      } catch (ApiException e) {
        status = e.getMessage();
      } catch (RuntimeException e) {
        status = "internal error: " + e;
      }
      task.finish(job.now, status);
      daemonLine(task, job.now, "end task " + task.upid() + " " + status);
    }
  }

  private void daemonLine(Task task, long at, String message) {
    lab.addJournal(new JournalEntry(task.node(), "pvedaemon", at, daemon(task.node()),
        "<" + task.user() + "> " + message));
  }
}
