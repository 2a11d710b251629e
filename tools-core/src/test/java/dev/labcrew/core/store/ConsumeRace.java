package dev.labcrew.core.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One of two processes racing for the same approvals: opens the store named by its arguments and
 * tries to consume every id of the list, printing {@code USED id} for each it won.
 * Arguments: IDS_FILE sqlite DB KEY | IDS_FILE postgres URL USER KEY.
 */
public final class ConsumeRace {
    private ConsumeRace() {
    }

    public static void main(String[] args) throws Exception {
        StateStore store = "sqlite".equals(args[1]) ? StateStore.sqlite(Path.of(args[2]), Path.of(args[3]))
            : StateStore.postgres(args[2], args[3], "", Path.of(args[4]));
        try (store) {
            for (String id : Files.readAllLines(Path.of(args[0]))) {
                if (store.consume(id)) {
                    System.out.println("USED " + id);
                }
            }
        }
    }
}
