package dev.labcrew.proxmox;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a tool could not read, and why: a secondary endpoint that answered 403, 404, 501 or timed out.
 * Tools answer with what they did read plus one gap each; nothing is concluded from a gap.
 *
 * <pre>{@code
 * List<Gap> gaps = new ArrayList<>();
 * Optional<FirewallOptions> fw = Gap.read("firewall options", "VM.Audit on /vms/102",
 *     () -> client.lxc().firewallOptions("pve1", 102), gaps);
 * }</pre>
 *
 * @param what what was not read, in the user's words ("firewall options")
 * @param endpoint the request, {@code GET /nodes/pve1/lxc/102/firewall/options}, or empty
 * @param status the HTTP status, 0 when no answer arrived
 * @param why the privilege to grant, or that this PVE version lacks the endpoint
 */
public record Gap(String what, String endpoint, int status, String why) {

    /**
     * Runs {@code read}; on a {@link LabcrewException} adds a gap and returns empty.
     *
     * @param privilege what the endpoint needs, named when the server does not ("Sys.Syslog on /nodes/pve1")
     */
    public static <T> Optional<T> read(String what, String privilege, Supplier<T> read, List<Gap> gaps) {
        return attempt(what, privilege, read).into(gaps);
    }

    /**
     * Runs {@code read} and keeps its value or its gap, for reads that run on other threads ({@link
     * dev.labcrew.core.analysis.Fanout}) and add their gaps in order afterwards.
     */
    public static <T> Attempt<T> attempt(String what, String privilege, Supplier<T> read) {
        try {
            return new Attempt<>(read.get(), null);
        } catch (LabcrewException e) {
            return new Attempt<>(null, of(what, privilege, e));
        }
    }

    /** A read's value (null when it had none), or the gap it left. */
    public record Attempt<T>(T value, Gap gap) {
        /** The value, or empty after adding the gap to {@code gaps}. */
        public Optional<T> into(List<Gap> gaps) {
            if (gap != null) {
                gaps.add(gap);
            }
            return Optional.ofNullable(value);
        }
    }

    /** The gap a failed read leaves. */
    public static Gap of(String what, String privilege, LabcrewException e) {
        String endpoint = "";
        int status = 0;
        if (e instanceof ProxmoxException p) {
            endpoint = p.method() + " " + p.path();
            status = p.status();
        }
        return new Gap(what, endpoint, status, explain(privilege, endpoint, status, e));
    }

    private static String explain(String privilege, String endpoint, int status, LabcrewException e) {
        if (status == 403 || e.kind() == ErrorKind.PERMISSION_DENIED) {
            String named = e.getMessage().contains(" lacks ") ? e.getMessage().replaceFirst(" \\(GET .*\\)$", "")
                : "the token lacks " + privilege;
            return "HTTP 403, " + named + "; grant it to the token";
        }
        if (status == 501) {
            return "HTTP 501, this PVE version has no " + endpoint;
        }
        if (status == 404) {
            return "HTTP 404, this PVE version has no " + endpoint;
        }
        if (e.kind() == ErrorKind.TIMEOUT) {
            return "timed out: " + e.getMessage();
        }
        return e.getMessage();
    }

    /** One line for the model: {@code GAP firewall options not read: HTTP 501, ...}. */
    public String line() {
        return "GAP " + what + " not read: " + why;
    }
}
