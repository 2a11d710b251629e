package dev.labcrew.proxmox.lxc;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A network interface seen inside a running container; addresses in CIDR form, may be null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LxcInterface(String name, @JsonAlias("hardware-address") String hwaddr, String inet, String inet6) {
}
