package dev.labcrew.docker.container;

/** What a container's shell-style exit code usually means, as a parenthesized phrase to append after the code. */
public final class ExitCodes {
    private ExitCodes() {
    }

    /**
     * The meaning of {@code code}, e.g. {@code " (SIGSEGV: crashed)"}; empty for a code without a usual meaning.
     *
     * @param oomKilled whether Docker flagged the run as killed for its memory, which explains a 137 best
     */
    public static String meaning(int code, boolean oomKilled) {
        if (oomKilled) {
            return " (SIGKILL after running out of memory)";
        }
        return switch (code) {
            case 0 -> " (clean exit)";
            case 1 -> " (a general error)";
            case 2 -> " (misuse: bad arguments or configuration)";
            case 126, 127 -> " (command not executable or not found)";
            case 137 -> " (SIGKILL: killed, often by docker stop's timeout or the OOM killer)";
            case 139 -> " (SIGSEGV: crashed)";
            case 143 -> " (SIGTERM: stopped)";
            default -> code > 128 && code < 160 ? " (killed by signal " + (code - 128) + ")" : "";
        };
    }
}
