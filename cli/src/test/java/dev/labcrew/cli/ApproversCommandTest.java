package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.store.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labcrew approvers}: a secret shown once and kept only as a hash. */
class ApproversCommandTest {
    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    @Test
    void should_show_the_secret_once_and_store_only_its_hash() throws Exception {
        Cli added = Cli.run(env(), "approvers", "add", "alice");
        assertThat(added.exitCode()).as(added.all()).isZero();
        String secret = added.out().lines().filter(l -> l.matches("[A-Za-z0-9_-]{43}")).findFirst().orElseThrow();

        assertThat(new String(Files.readAllBytes(home.resolve("state/labcrew/labcrew.db")), java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain(secret);
        try (StateStore store = StateStore.sqlite(home.resolve("state/labcrew/labcrew.db"), home.resolve("config/labcrew/audit.key"))) {
            assertThat(store.approvers().authenticate("alice", secret)).contains("alice");
        }
        assertThat(Cli.run(env(), "approvers", "list").out()).contains("alice").doesNotContain(secret);
        assertThat(Cli.run(env(), "approvers", "add", "alice").exitCode()).isEqualTo(Labcrew.FAILED);
    }

    @Test
    void should_remove_an_approver_and_fail_for_an_unknown_one() {
        Cli.run(env(), "approvers", "add", "bob");
        assertThat(Cli.run(env(), "approvers", "remove", "bob").out()).contains("Removed approver bob");
        assertThat(Cli.run(env(), "approvers", "list").out()).contains("No approvers");
        assertThat(Cli.run(env(), "approvers", "remove", "bob").exitCode()).isEqualTo(Labcrew.FAILED);
    }
}
