package dev.labcrew.testkit.proxmox;

/**
 * A successful API answer: the {@code data} value and, for the lists that carry it, {@code total}.
 *
 * @param data the value of {@code data}, serialized by Jackson
 * @param total the value of {@code total}, or {@code null} when the endpoint has none
 */
record Reply(Object data, Integer total) {

  static Reply of(Object data) {
    return new Reply(data, null);
  }

  static Reply withTotal(Object data, int total) {
    return new Reply(data, total);
  }
}
