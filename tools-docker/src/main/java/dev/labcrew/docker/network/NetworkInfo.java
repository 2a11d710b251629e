package dev.labcrew.docker.network;

import java.util.List;

/**
 * One Docker network.
 *
 * @param subnets each IPAM subnet, e.g. {@code 172.20.0.0/16 gateway 172.20.0.1}
 * @param containers each attached container, e.g. {@code web 172.20.0.5/16 mac 02:42:ac:14:00:05}; empty in a list
 */
public record NetworkInfo(String name, String id, String driver, String scope, boolean internal, boolean attachable,
                          boolean ipv6, List<String> subnets, List<String> containers) {
    public NetworkInfo {
        subnets = List.copyOf(subnets);
        containers = List.copyOf(containers);
    }
}
