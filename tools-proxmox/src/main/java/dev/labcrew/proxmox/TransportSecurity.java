package dev.labcrew.proxmox;

/**
 * How requests, and the API token in each of them, travel to Proxmox: what {@code labcrew doctor}
 * reports and what decides whether a client warns when it starts.
 *
 * <pre>{@code
 * if (!config.transportSecurity().isProtected()) { ... warn the user ... }
 * }</pre>
 */
public enum TransportSecurity {
    /** TLS; the certificate is checked against the JDK trust store or {@code PROXMOX_CA_FILE}, and so is the host name. */
    VERIFIED("verified"),
    /** TLS; the certificate must have the SHA-256 of {@code PROXMOX_FINGERPRINT}. */
    PINNED("pinned"),
    /** TLS that trusts any certificate ({@code PROXMOX_VERIFY_SSL=false}): whoever sits on the path can read the token. */
    NOT_VERIFIED("NOT VERIFIED"),
    /** Plain {@code http://}, allowed only with {@code PROXMOX_ALLOW_HTTP=true}: the token crosses the network as is. */
    CLEARTEXT("cleartext");

    private final String label;

    TransportSecurity(String label) {
        this.label = label;
    }

    /** The word {@code doctor} prints: {@code verified}, {@code pinned}, {@code NOT VERIFIED} or {@code cleartext}. */
    public String label() {
        return label;
    }

    /** Whether only the real server can read what is sent: {@link #VERIFIED} or {@link #PINNED}. */
    public boolean isProtected() {
        return this == VERIFIED || this == PINNED;
    }
}
