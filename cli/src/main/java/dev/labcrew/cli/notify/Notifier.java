package dev.labcrew.cli.notify;

import java.io.IOException;

/** One notification channel (webhook, ntfy, Telegram). Implementations retry as their service asks and then throw. */
public interface Notifier {

    /** The channel's name in messages: {@code webhook}, {@code ntfy}, {@code telegram}. */
    String name();

    /**
     * Delivers the notice.
     *
     * @throws IOException when the service could not be reached or refused, after the retries
     */
    void send(Notice notice) throws IOException;
}
