package dev.labcrew.core.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL for one test class: {@code initdb} on a temp dir, {@code pg_ctl start} on a free
 * loopback port, stopped and deleted on close. As root (CI) it runs as the {@code postgres} user, since
 * {@code initdb} refuses root. Where no server binaries exist the tests are skipped with the reason,
 * unless {@code LABCREW_REQUIRE_POSTGRES=1} (CI sets it), which makes that a failure.
 */
final class PostgresServer implements AutoCloseable {
    static final String OWNER = "labcrew";

    private final Path dir;
    private final Path bin;
    private final int port;

    private PostgresServer(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
    }

    static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries();
        if (bin == null) {
            String reason = "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)";
            if ("1".equals(System.getenv("LABCREW_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(reason + ", and LABCREW_REQUIRE_POSTGRES=1");
            }
            Assumptions.abort(reason);
        }
        Path dir = Files.createTempDirectory("labcrew-pg");
        if (asRoot()) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(dir, bin, port);
        server.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U", OWNER,
            "--no-sync", "-E", "UTF8"));
        server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60", "-l",
            dir.resolve("log").toString(), "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
        return server;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Runs statements as the owner (a superuser). */
    void sql(String... statements) throws SQLException {
        sqlAs(OWNER, statements);
    }

    /** Runs statements logged in as {@code role}: what that role's holder can do with psql. */
    void sqlAs(String role, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), role, ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("su", "postgres", "-s", "/bin/sh", "-c", String.join(" ", command.stream().map(PostgresServer::quote).toList())));
        } else {
            full.addAll(command);
        }
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("'" + String.join(" ", command) + "' failed: " + output);
        }
    }

    private static String quote(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                .orElse(null);
        }
    }
}
