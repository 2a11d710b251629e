package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The approval page in a real browser at a phone's size (headless Chromium, 390x844): a human opens the
 * notification's link, approves, and the caller's repeat runs; another denies with a reason the caller
 * reads; a replayed link is refused. Screenshots of the pages go to {@code target/screenshots/}, or to
 * {@code docs/} with {@code LABCREW_UPDATE_SCREENSHOTS=1} (how the ones in the README were made).
 */
class ApprovalPageBrowserTest {
    private static final Path DOCS = "1".equals(System.getenv("LABCREW_UPDATE_SCREENSHOTS")) ? Path.of("..", "docs")
        : Path.of("target", "screenshots");

    @TempDir
    Path home;

    private PageFixture lab;
    private HeadlessChromium phone;

    @BeforeEach
    void start() throws Exception {
        phone = HeadlessChromium.phone();
        lab = new PageFixture(home);
    }

    @AfterEach
    void stop() throws Exception {
        if (lab != null) {
            lab.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void should_approve_from_the_link_on_a_phone_and_run_the_change_on_the_callers_repeat() throws Exception {
        String id = lab.queue();
        String link = lab.link("alice", id);

        phone.open(link);
        assertThat(phone.text()).contains("restart_lxc on ct/200@pve1").contains("what changes").contains("<script>alert(1)</script> PRIVATE");
        assertThat(phone.html()).doesNotContain("<script>alert");
        phone.screenshot(DOCS.resolve("approval-page.png"));
        phone.press("approve");

        assertThat(phone.text()).contains("Approved. The change runs when the caller repeats the call.");
        phone.screenshot(DOCS.resolve("approval-page-approved.png"));
        Cli repeat = lab.call();
        assertThat(repeat.exitCode()).as(repeat.all()).isZero();
        assertThat(repeat.out()).contains("DONE restart_lxc");

        phone.open(link);
        assertThat(phone.text()).contains("This link no longer works");
    }

    @Test
    void should_deny_with_a_reason_typed_on_the_phone_that_reaches_the_caller() throws Exception {
        String id = lab.queue();

        phone.open(lab.link("bob", id));
        phone.type("deny-reason", "not during the backup window");
        phone.press("deny");

        assertThat(phone.text()).contains("Denied. The caller gets your reason.");
        Cli repeat = lab.call();
        assertThat(repeat.exitCode()).as(repeat.all()).isEqualTo(Labcrew.DENIED);
        assertThat(repeat.out()).contains("not during the backup window");
        phone.open(lab.link("bob", id));
        assertThat(phone.text()).contains("This link no longer works");
    }

    @Test
    void should_show_only_the_login_without_credentials() throws Exception {
        lab.queue();
        phone.open(lab.base + "/");
        assertThat(phone.text()).contains("Labcrew approvals").doesNotContain("PRIVATE").doesNotContain("restart_lxc");
        phone.screenshot(DOCS.resolve("approval-page-login.png"));
    }
}
