package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.cli.page.ApprovalPage;
import dev.labcrew.cli.page.PageServer;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.store.StateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo lab's state folder with approvers alice and bob, and the approval page serving it on a free loopback port. */
final class PageFixture implements AutoCloseable {
    static final String[] RESTART = {"tools", "call", "restart_lxc", "vmid=200", "reason=<script>alert(1)</script> PRIVATE", "--demo",
        "--approve", "queue"};

    final Path home;
    final StateStore store;
    final Notifications notifications;
    final PageServer server;
    final String base;

    PageFixture(Path home) throws IOException {
        this.home = home;
        Cli.run(env(), "approvers", "add", "alice", "--demo");
        Cli.run(env(), "approvers", "add", "bob", "--demo");
        store = StateStore.sqlite(home.resolve("state/labcrew/demo/labcrew.db"), home.resolve("config/labcrew/demo/audit.key"));
        notifications = new Notifications(env());
        ApprovalPage page = new ApprovalPage(store, notifications.signer(), notifications.expiry()::of, Clock.systemUTC());
        server = PageServer.start(page, new PageServer.Options(new InetSocketAddress("127.0.0.1", 0), null, null, null, false),
            new PrintWriter(new StringWriter()));
        base = "http://127.0.0.1:" + server.port();
    }

    Map<String, String> env() {
        return Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    /** Runs the caller's call; returns its result. */
    Cli call(String... extra) {
        String[] args = Arrays.copyOf(RESTART, RESTART.length + extra.length);
        System.arraycopy(extra, 0, args, RESTART.length, extra.length);
        return Cli.run(env(), args);
    }

    /** Queues the caller's call and returns the approval id. */
    String queue(String... extra) {
        return pendingId(call(extra));
    }

    static String pendingId(Cli first) {
        assertThat(first.exitCode()).as(first.all()).isEqualTo(Labcrew.PENDING);
        Matcher m = Pattern.compile("PENDING approval (\\w+)").matcher(first.out());
        assertThat(m.find()).as(first.out()).isTrue();
        return m.group(1);
    }

    /** The link a notification carries for this approver, pointing at this server. */
    String link(String approver, String id) {
        PendingApproval entry = store.find(id).orElseThrow();
        return notifications.notice(store, entry).links().stream().filter(l -> l.approver().equals(approver)).findFirst().orElseThrow().url()
            .replace("http://" + Notifications.DEFAULT_PAGE, base);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
