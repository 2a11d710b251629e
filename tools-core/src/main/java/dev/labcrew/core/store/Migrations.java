package dev.labcrew.core.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteConfig;

/**
 * Brings the schema up to date with Flyway. A role that may not change the schema (the PostgreSQL
 * agent and approver roles) gets through when nothing is pending, and a clear error otherwise.
 */
final class Migrations {
    private Migrations() {
    }

    static void migrate(StoreSettings settings) {
        Flyway flyway = flyway(settings);
        try {
            flyway.migrate();
        } catch (FlywayException first) {
            // Two processes creating one new SQLite file race for its first migration; the loser sees the winner's work.
            try {
                if (flyway.info().pending().length == 0) {
                    flyway.validate();
                    return;
                }
                flyway.migrate();
            } catch (FlywayException again) {
                throw new dev.labcrew.core.LabcrewException(dev.labcrew.core.ErrorKind.REMOTE_ERROR,
                    "Cannot bring the state store's schema up to date (" + settings.location() + "): " + again.getMessage(),
                    "run Labcrew once as the database's owner so that it can create or migrate the schema");
            }
        }
    }

    private static Flyway flyway(StoreSettings settings) {
        var config = Flyway.configure().locations(settings.dialect().migrations().split(",")).loggers("slf4j");
        if (settings.dialect() == Dialect.SQLITE) {
            SQLiteDataSource source = new SQLiteDataSource(new SQLiteConfig(Database.properties(settings)));
            source.setUrl(settings.url());
            return config.dataSource(source).load();
        }
        return config.dataSource(settings.url(), settings.user(), settings.password()).load();
    }
}
