package dev.labcrew.core.store;

import java.nio.file.Path;

/** How to reach one store: the JDBC URL and credentials, the audit key, and for SQLite its file. */
record StoreSettings(Dialect dialect, String url, String user, String password, Path keyFile, Path file, boolean temporary) {

    static StoreSettings sqlite(Path file, Path keyFile) {
        Path absolute = file.toAbsolutePath().normalize();
        return new StoreSettings(Dialect.SQLITE, "jdbc:sqlite:" + absolute, null, null, keyFile, absolute, false);
    }

    static StoreSettings postgres(String url, String user, String password, Path keyFile) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw dev.labcrew.core.LabcrewException.badInput("Not a PostgreSQL JDBC URL: " + url,
                "use jdbc:postgresql://HOST:PORT/DATABASE");
        }
        return new StoreSettings(Dialect.POSTGRESQL, url, user, password, keyFile, null, false);
    }

    StoreSettings asTemporary() {
        return new StoreSettings(dialect, url, user, password, keyFile, file, true);
    }

    /** What names this store for the head witness: its file, or its URL without parameters, whoever logs in. */
    String witnessKey() {
        if (file != null) {
            return file.toString();
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The URL without query parameters (which may carry a password). */
    String location() {
        if (file != null) {
            return file.toString();
        }
        int query = url.indexOf('?');
        return (query < 0 ? url : url.substring(0, query)) + (user == null ? "" : " as " + user);
    }
}
