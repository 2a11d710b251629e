package dev.labcrew.benchmarks;

/**
 * Start-up and memory of {@code ./labcrew}, medians.
 *
 * @param javaVersionMs {@code java -version} on the same JVM: what the machine's JVM start costs alone
 * @param callMs {@code ./labcrew tools call list_lxc_containers --demo}, launch to exit
 * @param mcpMs {@code ./labcrew mcp --stdio --demo}, launch to the answer to {@code tools/list} (after {@code initialize})
 * @param mcpIdleRssKb the resident memory of that server two seconds after it answered, in KiB (0 where unknown)
 */
public record Startup(double javaVersionMs, double callMs, double mcpMs, long mcpIdleRssKb) {

    public double callRatio() {
        return callMs / javaVersionMs;
    }

    public double mcpRatio() {
        return mcpMs / javaVersionMs;
    }
}
