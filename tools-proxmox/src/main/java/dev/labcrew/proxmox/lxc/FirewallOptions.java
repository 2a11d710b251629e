package dev.labcrew.proxmox.lxc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The container's firewall switch and default policies ({@code ACCEPT}, {@code REJECT}, {@code DROP}; null = inherited). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FirewallOptions(boolean enable, @JsonProperty("policy_in") String policyIn,
        @JsonProperty("policy_out") String policyOut) {
}
