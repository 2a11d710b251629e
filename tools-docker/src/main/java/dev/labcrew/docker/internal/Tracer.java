package dev.labcrew.docker.internal;

import java.util.function.Consumer;
import okhttp3.Request;

/** One line per request for {@code --trace}: method, path with query, status, milliseconds. */
final class Tracer {
    private final Consumer<String> sink;

    Tracer(Consumer<String> sink) {
        this.sink = sink;
    }

    void line(Request request, String outcome, long startNanos) {
        if (sink == null) {
            return;
        }
        String query = request.url().encodedQuery();
        long millis = (System.nanoTime() - startNanos) / 1_000_000L;
        sink.accept(request.method() + " " + request.url().encodedPath() + (query == null ? "" : "?" + query) + " "
            + outcome + " " + millis + "ms");
    }
}
