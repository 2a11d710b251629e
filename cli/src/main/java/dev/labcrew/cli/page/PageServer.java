package dev.labcrew.cli.page;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Serves an {@link ApprovalPage} over HTTP on loopback, or off loopback only when it is protected: over
 * HTTPS (a PKCS#12 key store), or behind a reverse proxy that proves itself with a shared token in
 * {@code X-Labcrew-Proxy-Token}. {@code X-Forwarded-Proto} is believed only when told to trust the proxy.
 *
 * <pre>{@code
 * PageServer server = PageServer.start(page, PageServer.Options.loopback(8765), log);
 * }</pre>
 */
public final class PageServer implements AutoCloseable {
    /**
     * How the page is reached.
     *
     * @param keyStore PKCS#12 file with the page's certificate and key, for HTTPS; or null
     * @param proxyToken a token the reverse proxy sends in {@code X-Labcrew-Proxy-Token}; or null
     * @param trustForwarded whether {@code X-Forwarded-Proto} from the proxy is believed (secure cookies)
     */
    public record Options(InetSocketAddress address, Path keyStore, char[] keyStorePassword, String proxyToken, boolean trustForwarded) {
        public boolean protectedOffLoopback() {
            return keyStore != null || (proxyToken != null && !proxyToken.isEmpty());
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;

    private PageServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving.
     *
     * @throws IllegalArgumentException when the address is off loopback and neither TLS nor a proxy token is set
     * @throws IOException when the address cannot be bound or the key store read
     */
    public static PageServer start(ApprovalPage page, Options options, PrintWriter log) throws IOException {
        if (!options.address().getAddress().isLoopbackAddress() && !options.protectedOffLoopback()) {
            throw new IllegalArgumentException("the approval page listens on loopback only, unless it serves HTTPS"
                + " (LABCREW_APPROVAL_TLS_KEYSTORE) or sits behind a proxy that sends LABCREW_APPROVAL_PROXY_TOKEN");
        }
        HttpServer server = options.keyStore() == null ? HttpServer.create(options.address(), 32) : https(options);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", http -> serve(page, options, http, log));
        server.start();
        return new PageServer(server, threads);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(ApprovalPage page, Options options, HttpExchange http, PrintWriter log) {
        try (http) {
            boolean tls = options.keyStore() != null;
            boolean forwardedTls = options.trustForwarded() && "https".equalsIgnoreCase(http.getRequestHeaders().getFirst("X-Forwarded-Proto"));
            Exchange ex = new Exchange(http, tls || forwardedTls);
            String token = options.proxyToken();
            if (token != null && !token.isEmpty() && !LinkSigner.same(http.getRequestHeaders().getFirst("X-Labcrew-Proxy-Token"), token)) {
                ex.html(403, EntryView.message("Not allowed", "Requests come through the configured proxy only."));
                return;
            }
            page.handle(ex);
        } catch (IOException | RuntimeException e) {
            synchronized (log) {
                log.println("labcrew: approval page: " + http.getRequestMethod() + " " + http.getRequestURI().getRawPath() + " failed: " + e);
                log.flush();
            }
        }
    }

    private static HttpServer https(Options options) throws IOException {
        try (InputStream in = Files.newInputStream(options.keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, options.keyStorePassword());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, options.keyStorePassword());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(options.address(), 32);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return server;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot use the key store " + options.keyStore() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
