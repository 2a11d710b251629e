package dev.labcrew.core.redact;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Logs with private keys in them, as a homelab shows them: a deploy hook that prints a key, a
 * container that echoes its TLS key at start, an encrypted key in a config dump. The keys are made
 * here from a seeded random, shaped like the real formats (the DER and OpenSSH headers, 64- and
 * 70-column bodies), so no real key is ever committed.
 */
final class SecretCorpus {
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern END = Pattern.compile("-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");

    /** What Proxmox says that must reach the model as it was: errors, locks, task ids, digests. */
    static final List<String> PVE_TEXTS = List.of(
            "401 authentication failure",
            "401 No ticket",
            "401 Authentication failed!",
            "Proxmox rejected the API token: Authentication failed!",
            "Proxmox rejected the API token: no such token 'labcrew' for user 'root@pam'",
            "Proxmox rejected the API token: invalid token value!",
            "Proxmox rejected the API token: token 'labcrew' access expired",
            "no such token 'labcrew' for user 'root@pam'",
            "403 Permission check failed (/vms/101, VM.PowerMgmt)",
            "Permission check failed (changing feature flags (except nesting) is only allowed for root@pam)",
            "Permission check failed (URI '/access/ticket' not available with API token, need proper ticket.)",
            "{\"data\":null,\"message\":\"Permission check failed (/vms/101, VM.Audit)\\n\"}",
            "CT 101 is locked (snapshot)",
            "HTTP/1.1 500 CT is locked (disk)",
            "can't lock file '/run/lock/lxc/pve-config-101.conf' - got timeout",
            "can't lock file '/run/lock/lxc/pve-config-101.lock' - got timeout",
            "UPID:pve1:0036AE0D:00002710:6B1416D4:vzstart:101:root@pam:",
            "UPID:pve1:0001FAB3:10DD7588:6B117C62:vzsnapshot:101:root@pam!labcrew:",
            "TASK ERROR: startup for container '101' failed",
            "unable to parse value of 'net0' - format error",
            "unable to parse volume ID 'local-lvm:vm-101-disk-0'",
            "unable to parse config line: lxc.idmap = u 0 100000 65536 extra",
            "Parameter verification failed.",
            "Configuration file 'nodes/pve1/lxc/101.conf' does not exist",
            "digest: 3f2a9c1e0b7d4e6f8a1b2c3d4e5f60718293a4b5",
            "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "uuid: 01234567-89ab-cdef-0123-456789abcdef",
            "vmgenid: 5d2e7a4c-1b3f-4e8a-9c6d-0f1e2a3b4c5d",
            "Accepted publickey for root from 192.168.40.20 port 51522 ssh2: ED25519 SHA256:k3mQ8vJ0w2bqfXr1Zc7yT5nL9pA4sD6eF8gH0iJ2kL4",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3RkH7uZQ0c2b9Yp4vX1mT8wE5nL6aJ3sD0fK9hB2r",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vbqajDhA9f3kQ2mZ root@pve1",
            "check PROXMOX_TOKEN_ID is USER@REALM!TOKENID and PROXMOX_TOKEN_SECRET is the token's UUID; "
                    + "header format PVEAPIToken=USER@REALM!TOKENID=SECRET",
            "ERROR: Backup of VM 103 failed - interrupted by signal",
            "INFO: Total bytes written: 1503238553 (1.4GiB, 96MiB/s)");

    private SecretCorpus() {
    }

    /** Each log as its lines, in order, oldest first. */
    static List<List<String>> logs() {
        List<List<String>> logs = new ArrayList<>();
        logs.add(around("INFO: hook-script: installing offsite deploy key /root/.ssh/offsite_ed25519",
                openSsh(1, 400), "INFO: create storage snapshot 'vzdump'", "INFO: Finished Backup of VM 101 (00:03:04)"));
        logs.add(around("+ cat /root/.ssh/id_rsa", openSsh(2, 1_800), "+ ssh-keygen -y -f /root/.ssh/id_rsa", "exit 0"));
        logs.add(around("nginx: loading certificate key /etc/nginx/tls/server.key",
                pem("RSA PRIVATE KEY", der(3, 1_190, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00)),
                "nginx: [emerg] cannot load certificate key", "nginx: configuration file /etc/nginx/nginx.conf test failed"));
        logs.add(around("step-ca: issued key for home.arpa",
                pem("EC PRIVATE KEY", der(4, 121, 0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20)), "step-ca: done"));
        logs.add(around("Generating a RSA private key", pem("PRIVATE KEY", der(5, 1_218,
                0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01,
                0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8)), "writing new private key to 'key.pem'", "-----"));
        logs.add(around("config dump: tls.key =", encryptedPem(6), "config dump: tls.cert = /etc/ssl/certs/home.pem",
                "config dump: end"));
        logs.add(around("gpg: exporting secret key", pem("PGP PRIVATE KEY BLOCK", der(7, 700, 0x95, 0x03, 0xc6)),
                "gpg: done"));
        List<String> mixed = new ArrayList<>(PVE_TEXTS.subList(0, 12));
        mixed.addAll(openSsh(8, 400));
        mixed.addAll(PVE_TEXTS.subList(12, PVE_TEXTS.size()));
        logs.add(mixed);
        return logs;
    }

    /** The lines of a key's body in a log: between BEGIN and END, without headers and blank lines. */
    static List<String> bodyLines(List<String> log) {
        List<String> body = new ArrayList<>();
        boolean inKey = false;
        for (String line : log) {
            if (BEGIN.matcher(line).find()) {
                inKey = true;
            } else if (END.matcher(line).find()) {
                inKey = false;
            } else if (inKey && !line.isBlank() && !line.contains(": ")) {
                body.add(line.strip());
            }
        }
        return body;
    }

    /** Whether a line of a log is part of a key block, BEGIN to END. */
    static boolean[] keyLines(List<String> log) {
        boolean[] key = new boolean[log.size()];
        boolean inKey = false;
        for (int i = 0; i < log.size(); i++) {
            inKey |= BEGIN.matcher(log.get(i)).find();
            key[i] = inKey;
            inKey &= !END.matcher(log.get(i)).find();
        }
        return key;
    }

    private static List<String> around(String before, List<String> key, String... after) {
        List<String> log = new ArrayList<>();
        log.add(before);
        log.addAll(key);
        log.addAll(List.of(after));
        return log;
    }

    private static List<String> openSsh(long seed, int length) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
        for (String field : List.of("none", "none", "", "\0\0\0\1", "ssh-ed25519")) {
            bytes.writeBytes(new byte[] {0, 0, 0, (byte) field.length()});
            bytes.writeBytes(field.getBytes(StandardCharsets.US_ASCII));
        }
        bytes.writeBytes(random(seed, length - bytes.size()));
        return block("OPENSSH PRIVATE KEY", List.of(), bytes.toByteArray(), 70);
    }

    private static List<String> pem(String type, byte[] der) {
        return block(type, List.of(), der, 64);
    }

    private static List<String> encryptedPem(long seed) {
        String iv = HexFormat.of().withUpperCase().formatHex(random(seed + 100, 16));
        return block("RSA PRIVATE KEY", List.of("Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC," + iv, ""),
                random(seed, 1_192), 64);
    }

    private static byte[] der(long seed, int length, int... header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b : header) {
            bytes.write(b);
        }
        bytes.writeBytes(random(seed, length));
        return bytes.toByteArray();
    }

    private static List<String> block(String type, List<String> headers, byte[] body, int width) {
        List<String> lines = new ArrayList<>();
        lines.add("-----BEGIN " + type + "-----");
        lines.addAll(headers);
        String base64 = Base64.getEncoder().encodeToString(body);
        for (int i = 0; i < base64.length(); i += width) {
            lines.add(base64.substring(i, Math.min(base64.length(), i + width)));
        }
        lines.add("-----END " + type + "-----");
        return lines;
    }

    private static byte[] random(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
