package dev.labcrew.cli.notify;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends one request with retries: a connection failure, 429 or 5xx is tried again after a doubling
 * pause, other answers are final. A 2xx returns the body; anything else throws with the status.
 */
final class Http {
    private final HttpClient client;
    private final int attempts;
    private final Duration firstPause;

    Http(int attempts, Duration firstPause) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.attempts = attempts;
        this.firstPause = firstPause;
    }

    String send(HttpRequest request) throws IOException {
        Duration pause = firstPause;
        IOException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                response = null;
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (response != null) {
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return response.body();
                }
                last = new IOException("HTTP " + status + " from " + request.uri().getHost() + ": " + firstLine(response.body()));
                if (status != 429 && status < 500) {
                    throw last;
                }
            }
            if (attempt < attempts) {
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
        throw new IOException(last.getMessage() + " (after " + attempts + " attempts)", last);
    }

    private static void sleep(Duration pause) throws IOException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
