package dev.labcrew.testkit.proxmox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /nodes/{node}/syslog}: {@code journalctl} lines, oldest first, filtered by unit ({@code service}) and by
 * node-local {@code since}/{@code until}, then paged by {@code start}/{@code limit} (default 50).
 */
final class SyslogApi {
  private static final DateTimeFormatter LINE_TIME = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH);
  private static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?$";

  private SyslogApi() {}

  static void register(Routes routes) {
    routes.get("/nodes/{node}/syslog", "start:int limit:int since until service", SyslogApi::syslog);
  }

  private static Reply syslog(Call call) {
    NodeState node = call.node();
    call.require("/nodes/" + node.name(), "Sys.Syslog");
    long since = bound(call, "since", Long.MIN_VALUE);
    long until = bound(call, "until", Long.MAX_VALUE);
    String service = call.param("service");
    String unit = service == null ? null : service.replaceFirst("\\.service$", "");
    List<String> lines = new ArrayList<>();
    for (JournalEntry e : call.lab.journal(node.name())) {
      if ((unit == null || unit.equals(e.unit())) && e.time() >= since && e.time() <= until) {
        lines.add(line(e, call.lab.zone));
      }
    }
    if (lines.isEmpty()) {
      return Reply.withTotal(List.of(Map.of("n", 1, "t", "no content")), 1);
    }
    int start = Math.min(call.intParam("start", 0), lines.size());
    int end = Math.min(lines.size(), start + call.intParam("limit", 50));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = start; i < end; i++) {
      rows.add(Map.of("n", i + 1, "t", lines.get(i)));
    }
    return Reply.withTotal(rows, lines.size());
  }

  /** A record in {@code journalctl -o short} form: {@code Nov 24 19:40:01 pve1 systemd[1]: ...}. */
  static String line(JournalEntry e, ZoneId zone) {
    return LINE_TIME.format(Instant.ofEpochSecond(e.time()).atZone(zone)) + " " + e.node() + " " + e.ident()
        + ": " + e.message();
  }

  private static long bound(Call call, String name, long fallback) {
    String text = call.param(name);
    if (text == null) {
      return fallback;
    }
    if (!text.matches(DATE_TIME)) {
      throw ApiException.param(name, "value does not match the regex pattern");
    }
    LocalDateTime time = text.length() == 10 ? LocalDate.parse(text).atStartOfDay()
        : LocalDateTime.parse(text.replace(' ', 'T'));
    return time.atZone(call.lab.zone).toEpochSecond();
  }
}
