package dev.labcrew.cli.notify;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The channels configured in the environment or {@code labcrew.properties}: a webhook
 * ({@code LABCREW_WEBHOOK_URL}, {@code LABCREW_WEBHOOK_SECRET}), ntfy ({@code LABCREW_NTFY_URL},
 * {@code LABCREW_NTFY_TOPIC}, {@code LABCREW_NTFY_TOKEN}) and Telegram ({@code LABCREW_TELEGRAM_BOT_TOKEN},
 * {@code LABCREW_TELEGRAM_CHAT_ID}, {@code LABCREW_TELEGRAM_API_URL}). Each tries three times, pausing
 * one then two seconds, unless {@code LABCREW_NOTIFY_RETRY_MS} sets the first pause.
 */
public final class Notifiers {
    private Notifiers() {
    }

    /** The configured channels, possibly none. */
    public static List<Notifier> configured(Map<String, String> settings) {
        Http http = new Http(3, Duration.ofMillis(Long.parseLong(value(settings, "LABCREW_NOTIFY_RETRY_MS", "1000"))));
        List<Notifier> all = new ArrayList<>();
        String webhook = value(settings, "LABCREW_WEBHOOK_URL", null);
        if (webhook != null) {
            all.add(new WebhookNotifier(URI.create(webhook), value(settings, "LABCREW_WEBHOOK_SECRET", null), http));
        }
        String topic = value(settings, "LABCREW_NTFY_TOPIC", null);
        if (topic != null) {
            all.add(new NtfyNotifier(URI.create(value(settings, "LABCREW_NTFY_URL", "https://ntfy.sh")), topic,
                value(settings, "LABCREW_NTFY_TOKEN", null), http));
        }
        String bot = value(settings, "LABCREW_TELEGRAM_BOT_TOKEN", null);
        String chat = value(settings, "LABCREW_TELEGRAM_CHAT_ID", null);
        if (bot != null && chat != null) {
            all.add(new TelegramNotifier(URI.create(value(settings, "LABCREW_TELEGRAM_API_URL", "https://api.telegram.org")), bot, chat, http));
        }
        return all;
    }

    private static String value(Map<String, String> settings, String key, String fallback) {
        String v = settings.get(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
