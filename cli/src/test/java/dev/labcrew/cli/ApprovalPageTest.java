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
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The approval page over HTTP against the demo lab: who may see, who may decide, and that the caller's repeat then runs. */
class ApprovalPageTest {
    @TempDir
    Path home;

    private PageFixture lab;
    private StateStore store;
    private String base;

    Map<String, String> env() {
        return lab.env();
    }

    @BeforeEach
    void serve() throws IOException {
        lab = new PageFixture(home);
        store = lab.store;
        base = lab.base;
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    private String queue() {
        return lab.queue();
    }

    private String link(String approver, String id) {
        return lab.link(approver, id);
    }

    @Test
    void should_show_nothing_of_a_proposal_without_credentials() throws Exception {
        String id = queue();
        PageClient anonymous = new PageClient(base);

        HttpResponse<String> list = anonymous.get("/");
        HttpResponse<String> entry = anonymous.get("/p/" + id);
        HttpResponse<String> forged = anonymous.get(link("alice", id).replaceAll("sig=[0-9a-f]{4}", "sig=0000"));
        HttpResponse<String> foreign = anonymous.get(link("alice", id).replace("as=alice", "as=bob"));

        assertThat(list.body()).contains("Log in").doesNotContain("PRIVATE").doesNotContain("restart_lxc");
        assertThat(entry.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(entry.body() + forged.body() + foreign.body()).doesNotContain("PRIVATE").doesNotContain("restart_lxc");
    }

    @Test
    void should_approve_from_a_signed_link_then_run_on_the_callers_repeat_and_refuse_the_replayed_link() throws Exception {
        String id = queue();
        PageClient phone = new PageClient(base);
        HttpResponse<String> page = phone.get(link("alice", id));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; PRIVATE").doesNotContain("<script>");
        assertThat(page.body().indexOf("what changes")).isLessThan(page.body().indexOf("reason given by the caller"));

        HttpResponse<String> decided = phone.post("/p/" + id, PageClient.form(page.body(), "approve", Map.of("reason", "go")));

        assertThat(decided.body()).contains("Approved. The change runs when the caller repeats the call.");
        assertThat(store.find(id).orElseThrow().votes()).singleElement()
            .satisfies(v -> assertThat(v.approver() + " " + v.channel()).isEqualTo("alice approval-page"));
        assertThat(phone.get(link("alice", id)).statusCode()).isEqualTo(410);
        assertThat(phone.post("/p/" + id, PageClient.form(page.body(), "approve", Map.of())).statusCode()).isEqualTo(410);
        Cli repeat = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "reason=<script>alert(1)</script> PRIVATE", "--demo", "--approve", "queue");
        assertThat(repeat.exitCode()).as(repeat.all()).isZero();
        assertThat(repeat.out()).contains("DONE restart_lxc");
    }

    @Test
    void should_deny_with_a_reason_that_reaches_the_caller() throws Exception {
        String id = queue();
        PageClient phone = new PageClient(base);
        String html = phone.get(link("bob", id)).body();

        assertThat(phone.post("/p/" + id, PageClient.form(html, "deny", Map.of("reason", ""))).statusCode()).isEqualTo(400);
        assertThat(phone.post("/p/" + id, PageClient.form(html, "deny", Map.of("reason", "not during backups"))).body()).contains("Denied.");

        Cli repeat = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "reason=<script>alert(1)</script> PRIVATE", "--demo", "--approve", "queue");
        assertThat(repeat.exitCode()).as(repeat.all()).isEqualTo(Labcrew.DENIED);
        assertThat(repeat.out()).contains("not during backups");
    }

    @Test
    void should_refuse_a_form_without_its_csrf_token_and_a_link_past_its_expiry() throws Exception {
        String id = queue();
        PageClient phone = new PageClient(base);
        String html = phone.get(link("alice", id)).body();
        Map<String, String> fields = new HashMap<>(PageClient.form(html, "approve", Map.of()));
        fields.put("csrf", "0".repeat(64));

        assertThat(phone.post("/p/" + id, fields).statusCode()).isEqualTo(403);
        String late = link("alice", id).replaceAll("until=\\d+", "until=" + (Instant.now().getEpochSecond() + 30 * 86400));
        assertThat(phone.get(late).statusCode()).isEqualTo(403);
        assertThat(store.find(id).orElseThrow().votes()).isEmpty();
    }

    @Test
    void should_count_two_different_approvers_and_not_one_approver_twice() throws Exception {
        Path policy = home.resolve("two.yaml");
        Files.writeString(policy, "twoPersonRule: [DESTRUCTIVE]\n");
        Cli first = Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "queue", "--policy", policy.toString());
        Matcher m = Pattern.compile("PENDING approval (\\w+)").matcher(first.out());
        assertThat(m.find()).as(first.all()).isTrue();
        String id = m.group(1);

        PageClient alice = new PageClient(base);
        String html = alice.get(link("alice", id)).body();
        assertThat(alice.post("/p/" + id, PageClient.form(html, "approve", Map.of())).body()).contains("another person must approve");
        assertThat(alice.post("/p/" + id, PageClient.form(html, "approve", Map.of())).statusCode()).isEqualTo(410);
        PageClient session = new PageClient(base);
        String login = session.get("/").body();
        session.post("/login", PageClient.form(login, null, Map.of("name", "alice", "secret", "wrong")));
        Cli notYet = Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "queue", "--policy", policy.toString());
        assertThat(notYet.exitCode()).as(notYet.all()).isEqualTo(Labcrew.PENDING);

        PageClient bob = new PageClient(base);
        String bobs = bob.get(link("bob", id)).body();
        assertThat(bob.post("/p/" + id, PageClient.form(bobs, "approve", Map.of())).body()).contains("Approved.");
        Cli runs = Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "queue", "--policy", policy.toString());
        assertThat(runs.exitCode()).as(runs.all()).isZero();
    }

    @Test
    void should_list_pending_proposals_after_logging_in_with_the_approver_secret() throws Exception {
        String id = queue();
        Cli added = Cli.run(env(), "approvers", "add", "carol", "--demo");
        String secret = added.out().lines().filter(l -> l.matches("[A-Za-z0-9_-]{43}")).findFirst().orElseThrow();
        PageClient phone = new PageClient(base);

        HttpResponse<String> wrong = phone.post("/login", PageClient.form(phone.get("/").body(), null, Map.of("name", "carol", "secret", "nope")));
        assertThat(wrong.statusCode()).isEqualTo(403);
        HttpResponse<String> ok = phone.post("/login", PageClient.form(wrong.body(), null, Map.of("name", "carol", "secret", secret)));
        assertThat(ok.statusCode()).isEqualTo(303);
        HttpResponse<String> list = phone.get("/");
        assertThat(list.body()).contains("Logged in as carol").contains("/p/" + id).contains("restart_lxc");
        HttpResponse<String> entry = phone.get("/p/" + id);
        assertThat(phone.post("/p/" + id, PageClient.form(entry.body(), "approve", Map.of())).body()).contains("Approved.");
        assertThat(store.find(id).orElseThrow().approvers()).isEqualTo("carol");
    }
}
