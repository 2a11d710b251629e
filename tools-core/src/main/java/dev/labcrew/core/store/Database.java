package dev.labcrew.core.store;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * One connection and the transactions on it. Calls are serialized within the JVM; the database
 * serializes processes (SQLite: WAL, a busy timeout and IMMEDIATE transactions; PostgreSQL: row locks).
 */
final class Database implements AutoCloseable {
    /** How long a SQLite writer waits for another process's transaction before giving up. */
    static final int BUSY_TIMEOUT_MS = 30_000;

    private final StoreSettings settings;
    private Connection connection;

    private Database(StoreSettings settings, Connection connection) {
        this.settings = settings;
        this.connection = connection;
    }

    static Database connect(StoreSettings settings) {
        try {
            return new Database(settings, open(settings));
        } catch (SQLException e) {
            throw failure(settings, "Cannot open the state store", e);
        }
    }

    private static Connection open(StoreSettings settings) throws SQLException {
        Connection connection = DriverManager.getConnection(settings.url(), properties(settings));
        if (settings.dialect() == Dialect.POSTGRESQL) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        return connection;
    }

    /**
     * A long-running process (an MCP server) outlives a database restart or a dropped link: before each
     * transaction a PostgreSQL connection that no longer answers is replaced. Nothing is retried; a
     * transaction cut off mid-way fails with its error and was rolled back by the server.
     */
    private void reconnectIfGone() throws SQLException {
        if (settings.dialect() == Dialect.POSTGRESQL && !connection.isValid(5)) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The old connection is gone already.
            }
            connection = open(settings);
        }
    }

    static Properties properties(StoreSettings settings) {
        if (settings.dialect() == Dialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.enforceForeignKeys(true);
            return config.toProperties();
        }
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("ApplicationName", "labcrew");
        return properties;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws. Between
     * transactions the connection is in auto-commit, so an idle process holds no lock (sqlite-jdbc
     * begins the next transaction right after a commit otherwise).
     */
    synchronized <T> T transaction(String what, Work<T> work) {
        try {
            reconnectIfGone();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(settings, "Cannot " + what, e);
        }
    }

    /**
     * Runs reads in one snapshot without taking the writer's lock: on SQLite a DEFERRED transaction (the
     * connection's own transactions begin IMMEDIATE, which would queue readers behind writers and each
     * other), on PostgreSQL a read-only transaction.
     */
    synchronized <T> T read(String what, Work<T> work) {
        if (settings.dialect() != Dialect.SQLITE) {
            return transaction(what, work);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN DEFERRED");
            try {
                T result = work.run(connection);
                statement.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failure(settings, "Cannot " + what, e);
        }
    }

    Dialect dialect() {
        return settings.dialect();
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a connection that failed already: nothing left to release.
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The transaction is gone with the error that ended it.
        }
    }

    static LabcrewException failure(StoreSettings settings, String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String hint = state.equals("42501")
            ? "this database role lacks the privilege: agents need labcrew_agent, people who decide labcrew_approver (see README)"
            : state.startsWith("08") || state.equals("28P01") || state.equals("28000")
                ? "check LABCREW_DB_URL, LABCREW_DB_USER and the password, and that the server is up"
                : "check that " + settings.location() + " is writable and not damaged; 'labcrew audit verify' says more";
        return new LabcrewException(ErrorKind.REMOTE_ERROR, what + " (" + settings.location() + "): " + firstLine(e.getMessage()), hint);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
