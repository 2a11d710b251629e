package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Waiting for the simulator's tasks, as a client polls {@code tasks/{upid}/status}. */
final class Tasks {
  static final String UPID =
      "^UPID:[a-zA-Z0-9-]+:[0-9A-F]{8}:[0-9A-F]{8,9}:[0-9A-F]{8}:[^:\\s/]+:[^:\\s/]*:[^:\\s/]+:$";

  private Tasks() {}

  /** The UPID a write answered with, after checking it is one. */
  static String upid(PveClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    String upid = response.data().asText();
    assertThat(upid).matches(UPID);
    return upid;
  }

  /** Polls the task's status until it has stopped (5 s at most) and returns it. */
  static JsonNode await(PveClient client, String upid) {
    String node = upid.split(":")[1];
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      JsonNode status = client.get("/nodes/" + node + "/tasks/" + upid + "/status").data();
      if (status.get("status").asText().equals("stopped")) {
        return status;
      }
      assertThat(System.nanoTime()).as("task still running: " + upid).isLessThan(deadline);
      pause();
    }
  }

  /** The exit status of the task, once it has stopped. */
  static String exit(PveClient client, PveClient.Response response) {
    return await(client, upid(response)).get("exitstatus").asText();
  }

  /** Waits until {@code node} has no running task. */
  static void awaitAll(PveClient client, String node) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (client.get("/nodes/" + node + "/tasks?source=active").data().size() > 0) {
      assertThat(System.nanoTime()).as("tasks still running on " + node).isLessThan(deadline);
      pause();
    }
  }

  static List<String> log(PveClient client, String upid) {
    return TaskAndSyslogTest.texts(client.get("/nodes/" + upid.split(":")[1] + "/tasks/" + upid + "/log").data());
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
