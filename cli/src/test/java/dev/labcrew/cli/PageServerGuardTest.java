package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.cli.page.ApprovalPage;
import dev.labcrew.cli.page.LinkSigner;
import dev.labcrew.cli.page.PageServer;
import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the approval page may listen, and what a proxy must prove. */
class PageServerGuardTest {
    @TempDir
    Path dir;

    private ApprovalPage page(StateStore store) {
        return new ApprovalPage(store, LinkSigner.loadOrCreate(dir.resolve("links.key")), risk -> Duration.ofDays(1), Clock.systemUTC());
    }

    @Test
    void should_refuse_to_listen_off_loopback_without_tls_or_a_proxy_token() throws Exception {
        try (StateStore store = StateStore.temporary()) {
            InetSocketAddress anywhere = new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0);
            assertThatThrownBy(() -> PageServer.start(page(store), new PageServer.Options(anywhere, null, null, null, false),
                new PrintWriter(new StringWriter()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback only");
        }
    }

    @Test
    void should_refuse_requests_without_the_proxy_token_when_one_is_set() throws Exception {
        try (StateStore store = StateStore.temporary();
             PageServer server = PageServer.start(page(store), new PageServer.Options(new InetSocketAddress("127.0.0.1", 0), null, null,
                 "proxy-secret", true), new PrintWriter(new StringWriter()))) {
            HttpClient http = HttpClient.newHttpClient();
            URI home = URI.create("http://127.0.0.1:" + server.port() + "/");
            HttpResponse<String> without = http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> with = http.send(HttpRequest.newBuilder(home).header("X-Labcrew-Proxy-Token", "proxy-secret")
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(without.statusCode()).isEqualTo(403);
            assertThat(with.statusCode()).isEqualTo(200);
            assertThat(with.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
            assertThat(with.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        }
    }
}
