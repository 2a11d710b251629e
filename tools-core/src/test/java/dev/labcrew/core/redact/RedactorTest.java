package dev.labcrew.core.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
    private final Redactor redactor = Redactor.defaults();

    @Test
    void should_keep_the_token_id_and_redact_the_secret() {
        String header = "Authorization: PVEAPIToken=root@pam!labcrew=01234567-89ab-cdef-0123-456789abcdef";

        assertThat(redactor.redact(header)).isEqualTo("Authorization: PVEAPIToken=root@pam!labcrew=[REDACTED:token]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Proxmox rejected the API token: Authentication failed!", "Proxmox rejected the API token: No ticket",
        "Proxmox rejected the API token: no such token 'labcrew' for user 'root@pam'", "token: invalid token value!",
        "Proxmox rejected the API token: token 'labcrew' access expired", "401 authentication failure", "401 No ticket",
        "{\"data\":null,\"message\":\"token: permission denied\\n\"}", "password: Authentication required"})
    void should_keep_what_a_server_says_about_a_failed_login(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void should_still_redact_a_secret_that_starts_like_an_outcome_word() {
        assertThat(redactor.redact("token: invalidated-3f9a")).isEqualTo("token: [REDACTED:token]");
        assertThat(redactor.redact("password: nobody123")).isEqualTo("password: [REDACTED:password]");
    }

    @Test
    void should_keep_a_placeholder_token_string_in_a_hint_and_the_scheme_of_a_token_header() {
        String hint = "header format PVEAPIToken=USER@REALM!TOKENID=SECRET";

        assertThat(redactor.redact(hint)).isEqualTo(hint);
        assertThat(redactor.redact("Authorization: PVEAPIToken root@pam!labcrew=01234567-89ab-cdef-0123-456789abcdef"))
                .isEqualTo("Authorization: PVEAPIToken root@pam!labcrew=[REDACTED:token]");
        assertThat(redactor.redact("PGPASSWORD=P@ss!word")).isEqualTo("PGPASSWORD=[REDACTED:password]");
    }

    @Test
    void should_redact_authorization_headers_and_bearer_tokens() {
        assertThat(redactor.redact("Authorization: Basic dXNlcjpwYXNzd29yZA=="))
                .isEqualTo("Authorization: Basic [REDACTED:authorization]");
        assertThat(redactor.redact("curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc123' https://x"))
                .isEqualTo("curl -H 'Authorization: Bearer [REDACTED:token]' https://x");
        assertThat(redactor.redact("{\"authorization\": \"Token abcdef123456\"}"))
                .isEqualTo("{\"authorization\": \"Token [REDACTED:authorization]\"}");
    }

    @Test
    void should_leave_prose_about_bearer_tokens_alone() {
        assertThat(redactor.redact("a Bearer token is required")).isEqualTo("a Bearer token is required");
    }

    @Test
    void should_redact_a_whole_private_key_block() {
        String key = "before\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\nAAAAC3NzaC1lZDI1NTE5\n"
                + "-----END OPENSSH PRIVATE KEY-----\nafter";

        assertThat(redactor.redact(key)).isEqualTo("before\n[REDACTED:private-key]\nafter");
    }

    @Test
    void should_redact_a_json_escaped_private_key() {
        String json = "{\"key\": \"-----BEGIN RSA PRIVATE KEY-----\\nMIIEow\\nIBAAK\\n-----END RSA PRIVATE KEY-----\\n\"}";

        assertThat(redactor.redact(json)).isEqualTo("{\"key\": \"[REDACTED:private-key]\\n\"}");
    }

    @Test
    void should_redact_a_private_key_cut_short_up_to_its_last_base64_line() {
        String cut = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n... output cut: 12 lines";

        assertThat(redactor.redact(cut)).isEqualTo("[REDACTED:private-key]\n... output cut: 12 lines");
        assertThat(redactor.redact("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBk")).isEqualTo("[REDACTED:private-key]");
    }

    private static final String L1 = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";
    private static final String L2 = "QyNTUxOQAAACBGQUtFLWxhYmNyZXctcmVkYWN0aW9uLXRlc3Qta2V5LTAwMDAwMQAAAJjx";
    private static final String L3 = "TGFiY3JldyBmYWtlIGtleSwgc2VlZGVkIGZvciByZWRhY3Rpb24gdGVzdHMgb25seS4=";
    private static final String END = "-----END OPENSSH PRIVATE KEY-----";

    @Test
    void should_redact_the_end_of_a_key_whose_begin_line_the_window_cut_off() {
        String window = String.join("\n", "  2026-12-04 12:27Z vzdump by root@pam: OK", "    " + L2, "    " + L3, "    " + END,
                "    INFO: create storage snapshot 'vzdump'");

        assertThat(redactor.redact(window)).isEqualTo(
                "  2026-12-04 12:27Z vzdump by root@pam: OK\n    [REDACTED:private-key]\n    INFO: create storage snapshot 'vzdump'");
        assertThat(redactor.redact(END + "\nINFO: done")).isEqualTo("[REDACTED:private-key]\nINFO: done");
    }

    @Test
    void should_redact_a_single_key_line_and_the_short_last_line_before_an_end_line() {
        assertThat(redactor.redact(L2)).isEqualTo("[REDACTED:private-key]");
        assertThat(redactor.redact("AAAAC3NzaC1lZDI1NTE5\n" + END)).isEqualTo("[REDACTED:private-key]");
    }

    @Test
    void should_keep_log_prefixes_of_redacted_key_lines() {
        String prefix = "Dec 05 10:00:01 pve1 app[123]: ";
        String window = prefix + L1 + "\n" + prefix + L2 + "\n" + prefix + END + "\n" + prefix + "deploy key installed";

        assertThat(redactor.redact(window)).isEqualTo(prefix + "[REDACTED:private-key]\n" + prefix + "[REDACTED:private-key]\n"
                + prefix + "[REDACTED:private-key]\n" + prefix + "deploy key installed");
    }

    @Test
    void should_redact_key_lines_in_json_strings_and_arrays() {
        assertThat(redactor.redact("{\"log\": \"" + L2 + "\\n" + L3 + "\\n" + END + "\\n\"}"))
                .isEqualTo("{\"log\": \"[REDACTED:private-key]\\n\"}");
        assertThat(redactor.redact("\"lines\" : [ \"" + L2 + "\", \"" + L3 + "\", \"" + END + "\", \"TASK OK\" ]"))
                .isEqualTo("\"lines\" : [ \"[REDACTED:private-key]\", \"TASK OK\" ]");
        assertThat(redactor.redact("{\"log\":\"" + L2 + "\\n\",\"stream\":\"stderr\"}"))
                .isEqualTo("{\"log\":\"[REDACTED:private-key]\\n\",\"stream\":\"stderr\"}");
    }

    @Test
    void should_redact_an_encrypted_key_from_its_headers_on() {
        String window = "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,8545738B0AD9C88B23E0EB2EF7C08EB9\n\n" + L1 + "\n" + L2;

        assertThat(redactor.redact(window)).isEqualTo("[REDACTED:private-key]");
    }

    @Test
    void should_redact_the_last_line_of_a_key_cut_inside_a_json_string() {
        assertThat(redactor.redact("{\"key\": \"-----BEGIN OPENSSH PRIVATE KEY-----\\n" + L1 + "\\n" + L2.substring(0, 40) + "\"}"))
                .isEqualTo("{\"key\": \"[REDACTED:private-key]\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3RkH7uZQ0c2b9Yp4vX1mT8wE5nL6aJ3sD0fK9hB2r",
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vbqajDhA9f3kQ2mZ root@pve1",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "01234567-89ab-cdef-0123-456789abcdef",
        "UPID:pve1:0036AE0D:00002710:6B1416D4:vzstart:101:root@pam:", "ED25519 SHA256:k3mQ8vJ0w2bqfXr1Zc7yT5nL9pA4sD6eF8gH0iJ2kL4",
        "AbstractBeanFactoryPostProcessor2", "ProductionServer2024Backup", "/mnt/pve/NAS/Backups/Daily2024",
        "INFO: Backup job finished successfully\nINFO: Internationalization"})
    void should_keep_public_keys_digests_ids_and_names_that_look_a_little_like_key_lines(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void should_redact_secret_values_by_key_name() {
        assertThat(redactor.redact("PGPASSWORD=hunter2 psql")).isEqualTo("PGPASSWORD=[REDACTED:password] psql");
        assertThat(redactor.redact("MYSQL_ROOT_PASSWORD=s3cret!")).isEqualTo("MYSQL_ROOT_PASSWORD=[REDACTED:password]");
        assertThat(redactor.redact("DB_PASS=abc123,DB_USER=app")).isEqualTo("DB_PASS=[REDACTED:password],DB_USER=app");
        assertThat(redactor.redact("client_secret: xyz789")).isEqualTo("client_secret: [REDACTED:secret]");
        assertThat(redactor.redact("GITHUB_TOKEN=ghp_abcdef")).isEqualTo("GITHUB_TOKEN=[REDACTED:token]");
        assertThat(redactor.redact("api_key = 'k-123 456'")).isEqualTo("api_key = '[REDACTED:api-key]'");
        assertThat(redactor.redact("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG")).isEqualTo("aws_secret_access_key=[REDACTED:secret]");
        assertThat(redactor.redact("private_key: AAAAB3Nza")).isEqualTo("private_key: [REDACTED:private-key]");
        assertThat(redactor.redact("credentials=alice:pw")).isEqualTo("credentials=[REDACTED:credential]");
        assertThat(redactor.redact("basic_auth=alice:pw")).isEqualTo("basic_auth=[REDACTED:auth]");
    }

    @Test
    void should_redact_json_values_by_key_name() {
        assertThat(redactor.redact("{\"user\": \"app\", \"password\": \"p\\\"w d\", \"port\": 5432}"))
                .isEqualTo("{\"user\": \"app\", \"password\": \"[REDACTED:password]\", \"port\": 5432}");
    }

    @Test
    void should_redact_command_line_flags() {
        assertThat(redactor.redact("mysqldump --password=s3cret --user root")).isEqualTo("mysqldump --password=[REDACTED:password] --user root");
        assertThat(redactor.redact("app --db-password s3cret --verbose")).isEqualTo("app --db-password [REDACTED:password] --verbose");
        assertThat(redactor.redact("app --token --verbose")).isEqualTo("app --token --verbose");
    }

    @Test
    void should_redact_the_password_seen_in_a_login_banner() {
        String banner = "Admin login: postgres / PGPASSWORD=Sup3r-Secret-Pg-2024";

        assertThat(redactor.redact(banner)).isEqualTo("Admin login: postgres / PGPASSWORD=[REDACTED:password]").doesNotContain("Sup3r");
        assertThat(redactor.redact("password: X7v!q")).isEqualTo("password: [REDACTED:password]");
    }

    @Test
    void should_not_let_a_harmless_key_hide_a_secret_behind_it() {
        assertThat(redactor.redact("note: password=hunter2")).isEqualTo("note: password=[REDACTED:password]");
    }

    @Test
    void should_redact_passwords_in_urls() {
        assertThat(redactor.redact("DATABASE_URL postgres://app:Pa55@w0rd@db.lan:5432/app"))
                .isEqualTo("DATABASE_URL postgres://app:[REDACTED:password]@db.lan:5432/app");
        assertThat(redactor.redact("redis://:hunter2@cache:6379")).isEqualTo("redis://:[REDACTED:password]@cache:6379");
        assertThat(redactor.redact("https://node1:8006/api2/json")).isEqualTo("https://node1:8006/api2/json");
    }

    @Test
    void should_redact_secrets_in_query_strings_up_to_the_next_parameter() {
        assertThat(redactor.redact("GET https://nas.lan/login?password=x&user=y HTTP/1.1"))
                .isEqualTo("GET https://nas.lan/login?password=[REDACTED:password]&user=y HTTP/1.1");
        assertThat(redactor.redact("/cb?state=1&client_secret=s3cr%26t&code=ok#top"))
                .isEqualTo("/cb?state=1&client_secret=[REDACTED:secret]&code=ok#top");
        assertThat(redactor.redact("wget 'http://backup:Pa55@10.0.0.2/dump?token=abc123'"))
                .isEqualTo("wget 'http://backup:[REDACTED:password]@10.0.0.2/dump?token=[REDACTED:token]'");
        assertThat(redactor.redact("/search?max_tokens=10&author=me")).isEqualTo("/search?max_tokens=10&author=me");
    }

    @Test
    void should_redact_uuid_secrets_next_to_token_words() {
        assertThat(redactor.redact("token_secret 01234567-89ab-cdef-0123-456789abcdef created"))
                .isEqualTo("token_secret [REDACTED:token] created");
        assertThat(redactor.redact("guest uuid 01234567-89ab-cdef-0123-456789abcdef")).contains("01234567-89ab");
    }

    @Test
    void should_redact_aws_access_key_ids() {
        assertThat(redactor.redact("using AKIAIOSFODNN7EXAMPLE for s3")).isEqualTo("using [REDACTED:aws-access-key] for s3");
    }

    @Test
    void should_redact_configured_secrets_ignoring_short_and_blank_ones() {
        Redactor withSecrets = redactor.withSecrets(List.of("9f8e7d6c5b4a", "", "  ", "abc"));

        assertThat(withSecrets.redact("echo 9f8e7d6c5b4a | tee x")).isEqualTo("echo [REDACTED:secret] | tee x");
        assertThat(withSecrets.redact("abc def")).isEqualTo("abc def");
        assertThat(redactor.withSecrets(List.of("", "12345"))).isSameAs(redactor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory=4096", "keyctl=1", "hwaddr=BC:24:11:63:43:F4", "nesting=1",
        "Failed to set up standard error output", "KEY=value", "net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:63:43:F4,ip=dhcp",
        "PWD=/root", "max_tokens=4096", "author: alice", "bypass=yes", "password_required: true", "password: ${DB_PASSWORD}",
        "Failed password for root from 10.0.0.5 port 22", "digest=3f2a9c1e0b", "sha256:9f86d081884c7d659a2feaa0c55ad015",
        "lxc.apparmor.profile: unconfined", "features: keyctl=1,nesting=1", "Authorization failed", "std::vector<int>"})
    void should_leave_ordinary_text_intact(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization: PVEAPIToken=root@pam!labcrew=01234567-89ab-cdef-0123-456789abcdef",
        "PGPASSWORD=hunter2", "{\"password\": \"x y\"}", "postgres://a:b@c/d", "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----\nabc", "Bearer abc123", "token_secret 01234567-89ab-cdef-0123-456789abcdef", "--password s",
        "AKIAIOSFODNN7EXAMPLE", "password: 'a b'"})
    void should_be_idempotent(String text) {
        Redactor all = redactor.withSecrets(List.of("password", "REDACTED"));
        String once = all.redact(text);

        assertThat(once).isNotEqualTo(text);
        assertThat(all.redact(once)).isEqualTo(once);
    }

    @Test
    void should_leave_a_guest_config_untouched() {
        String config = String.join("\n", "arch: amd64", "cores: 2", "features: keyctl=1,nesting=1", "hostname: golden",
                "memory: 4096", "net0: name=eth0,bridge=vmbr0,firewall=1,hwaddr=BC:24:11:63:43:F4,ip=dhcp,type=veth",
                "rootfs: local-lvm:vm-100-disk-0,size=8G", "swap: 512", "tags: auto-heal;web",
                "lxc.cgroup2.devices.allow: c 10:229 rwm", "lxc.mount.entry: /dev/fuse dev/fuse none bind,create=file",
                "digest: 5b3a8c6f0e2d4a1b9c7e", "run -p 8080:80 -e TZ=UTC");

        assertThat(redactor.redact(config)).isEqualTo(config);
    }

    @Test
    void should_redact_environment_lists_in_json() {
        String env = "\"Env\": [\"POSTGRES_PASSWORD=secret99\", \"PATH=/usr/local/sbin:/usr/bin\", \"API_TOKEN=abc\"]";

        assertThat(redactor.redact(env)).isEqualTo(
                "\"Env\": [\"POSTGRES_PASSWORD=[REDACTED:password]\", \"PATH=/usr/local/sbin:/usr/bin\", \"API_TOKEN=[REDACTED:token]\"]");
    }

    @Test
    void should_redact_large_base64_output_quickly() {
        String blob = "ab+/Cd9=".repeat(40_000) + " password=x1";

        String out = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> redactor.redact(blob));

        assertThat(out).endsWith("password=[REDACTED:password]");
    }

    @Test
    void should_pass_null_and_empty_text_through() {
        assertThat(redactor.redact(null)).isNull();
        assertThat(redactor.redact("")).isEmpty();
    }
}
