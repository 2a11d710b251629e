package dev.labcrew.proxmox.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Failures that happen before a request reaches the server: it surely did not run. */
final class ConnectFailures {

    private ConnectFailures() {
    }

    /** A name that did not resolve: asking the resolver again in a moment would only repeat its answer. */
    static boolean isUnresolved(Throwable t) {
        return t instanceof UnknownHostException;
    }

    static boolean isConnectFailure(Throwable t) {
        if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
            return true;
        }
        return t instanceof SocketTimeoutException && t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }
}
