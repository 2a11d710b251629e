package dev.labcrew.proxmox.node;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Line {@code n} (1-based, counted over the whole journal selection) of a node's journal, text {@code t}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JournalLine(int n, String t) {
}
