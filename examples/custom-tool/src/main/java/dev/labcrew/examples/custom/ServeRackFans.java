package dev.labcrew.examples.custom;

import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.OsAccount;
import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.mcp.McpTools;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.time.Duration;

/**
 * Serves {@link RackFans} over MCP on stdin and stdout, through Labcrew's runtime and approval gate: the client's
 * user is asked to approve each change (MCP elicitation); a client that cannot ask gets a denial.
 *
 * <pre>
 * mvn -q compile exec:java        # then point an MCP client (stdio) at this command
 * </pre>
 */
public final class ServeRackFans {
    private ServeRackFans() {
    }

    /** The runtime every call goes through, whichever way it comes in; add the gate that asks your humans. */
    public static ToolRuntime.Builder runtime(RackFans fans) {
        return ToolRuntime.builder()
            .catalog(ToolCatalog.of(fans))
            .action("set_fan_speed", fans.setFanSpeedAction());
    }

    public static void main(String[] args) throws InterruptedException {
        Duration expiry = Duration.ofMinutes(5);
        ApprovalGate nobody = ApprovalGate.denyAll("this MCP client cannot ask its user");
        ToolRuntime runtime = runtime(new RackFans())
            .gate(nobody)
            .requestGates(McpTools.requestGates(nobody, true, OsAccount.current(), expiry, Redactor.defaults()))
            .build();
        McpSyncServer server = McpTools.builder(runtime).approvalExpiry(expiry)
            .serve(new StdioServerTransportProvider(McpJsonDefaults.getMapper()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();       // serves until the client closes stdin and the JVM is stopped
    }
}
