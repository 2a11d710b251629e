package dev.labcrew.cli;

import dev.labcrew.cli.page.ApprovalPage;
import dev.labcrew.cli.page.PageServer;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.store.StateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew approvals serve [--http HOST:PORT]}: the approval page over the same store, until
 * stopped. Refuses a PostgreSQL store: there the database records the session's role as the approver
 * of every vote, so all decisions made on the page would count as one person.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, footer = {"", "Example:", "  LABCREW_APPROVAL_URL=https://lab.example labcrew approvals serve --http 127.0.0.1:8765"}, description = "Serve the approval page (pending list, approve/deny) for approvers' phones.")
final class ApprovalsServe implements Callable<Integer> {
    @Option(names = "--http", paramLabel = "HOST:PORT", description = "Where to listen (default ${DEFAULT-VALUE}).",
            defaultValue = Notifications.DEFAULT_PAGE)
    String http;

    @Mixin
    StoreChoice stores;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Map<String, String> env = Labcrew.env(spec);
        Map<String, String> settings = Settings.load(env);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Notifications notifications = new Notifications(env);
        QueueExpiry expiry = notifications.expiry();
        try (StateStore store = stores.open(spec)) {
            if (store.approverIsDatabaseRole()) {
                throw LabcrewException.badInput("The approval page does not serve a PostgreSQL store: the database records its own"
                    + " role as the approver of every vote, so two people on the page would count as one",
                    "on PostgreSQL, approvers decide with 'labcrew approvals approve ID' logged in with their own database role");
            }
            if (store.approvers().list().isEmpty()) {
                err.println("labcrew: no approvers yet; add one with 'labcrew approvers add NAME' to decide on the page");
            }
            ApprovalPage page = new ApprovalPage(store, notifications.signer(), expiry::of, Clock.systemUTC());
            PageServer server;
            try {
                server = PageServer.start(page, options(settings), err);
            } catch (IllegalArgumentException e) {
                throw LabcrewException.badInput("Refusing to serve on " + http + ": " + e.getMessage(),
                    "listen on 127.0.0.1 and put a TLS reverse proxy in front (see README, 'Deciding from a phone')");
            }
            out.println("Approval page on http" + (settings.containsKey("LABCREW_APPROVAL_TLS_KEYSTORE") ? "s" : "") + "://"
                + host() + ":" + server.port() + "/ ; links in notifications point to " + notifications.links().list());
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
        }
        return 0;
    }

    private PageServer.Options options(Map<String, String> settings) {
        String keyStore = blankToNull(settings.get("LABCREW_APPROVAL_TLS_KEYSTORE"));
        String password = settings.getOrDefault("LABCREW_APPROVAL_TLS_PASSWORD", "");
        int port;
        try {
            port = Integer.parseInt(http.substring(http.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            throw LabcrewException.badInput("--http wants HOST:PORT, not " + http, "for example --http 127.0.0.1:8765");
        }
        return new PageServer.Options(new InetSocketAddress(host(), port), keyStore == null ? null : Path.of(keyStore),
            password.toCharArray(), blankToNull(settings.get("LABCREW_APPROVAL_PROXY_TOKEN")),
            "true".equalsIgnoreCase(settings.get("LABCREW_APPROVAL_TRUST_FORWARDED")));
    }

    private String host() {
        int colon = http.lastIndexOf(':');
        String host = colon < 0 ? http : http.substring(0, colon);
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
