package dev.labcrew.docker.analysis;

/** Short meanings of common exit codes, for findings. */
final class ContainerTexts {
    private ContainerTexts() {
    }

    static String meaning(int code) {
        return switch (code) {
            case 1 -> " (a general error)";
            case 2 -> " (misuse: bad arguments or configuration)";
            case 126, 127 -> " (its command cannot run or is not found)";
            case 137 -> " (SIGKILL)";
            case 139 -> " (SIGSEGV: a crash)";
            default -> code > 128 && code < 160 ? " (killed by signal " + (code - 128) + ")" : "";
        };
    }
}
