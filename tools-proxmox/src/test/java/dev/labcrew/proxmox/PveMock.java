package dev.labcrew.proxmox;

import dev.labcrew.proxmox.internal.PveWrites;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;

/** Test support: a client aimed at a MockWebServer, fixtures from {@code src/test/resources/pve/}. */
public final class PveMock {
    public static final String TOKEN_ID = "root@pam!labcrew";
    public static final String SECRET = "5e2b7a41-0c9d-4f3e-8a6b-1d2c3e4f5a6b";
    public static final String AUTH_HEADER = "PVEAPIToken=" + TOKEN_ID + "=" + SECRET;

    private PveMock() {
    }

    /** Records every wait instead of sleeping. */
    public static final class RecordingSleeper implements Sleeper {
        public final List<Duration> waits = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    public static ProxmoxConfig.Builder config(MockWebServer server) {
        return ProxmoxConfig.builder()
                .url(server.url("/api2/json").toString())
                .allowHttp(true)
                .tokenId(TOKEN_ID)
                .tokenSecret(SECRET)
                .sleeper(d -> { });
    }

    /**
     * The client's write route, which only the toolset wiring has in production: for tests of the request shapes
     * and for playing "someone else" who changes a guest behind an approval's back.
     */
    public static PveWrites writes(ProxmoxClient client) {
        return client.writes();
    }

    public static ProxmoxClient client(MockWebServer server) {
        return ProxmoxClient.create(config(server).build());
    }

    public static MockResponse json(String body) {
        return new MockResponse(200, Headers.of("Content-Type", "application/json;charset=UTF-8"), body);
    }

    /** 200 with the fixture at {@code pve/<path>}. */
    public static MockResponse fixture(String path) {
        return json(read(path));
    }

    /** An error as PVE sends it: the message in the status line and, since PVE 8.4, in the body. */
    public static MockResponse error(int code, String reason, String body) {
        return new MockResponse.Builder()
                .status("HTTP/1.1 " + code + " " + reason)
                .setHeader("Content-Type", "application/json;charset=UTF-8")
                .body(body)
                .build();
    }

    public static String read(String path) {
        try (InputStream in = PveMock.class.getResourceAsStream("/pve/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture pve/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
