package dev.labcrew.proxmox.internal;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Everything {@link PveTransport} needs except the token secret, which is passed apart so that
 * no {@code toString} can print it. Internal: not part of the API.
 */
public record TransportOptions(String baseUrl, String tokenId, String caPem, String fingerprint,
        boolean insecure, Duration connectTimeout, Duration readTimeout, Duration timeout, Consumer<String> trace) {
}
