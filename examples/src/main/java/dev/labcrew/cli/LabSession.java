package dev.labcrew.cli;

import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import java.io.PrintWriter;
import java.util.Map;

/**
 * A connection to a lab for one command: the configured Proxmox host, or the built-in demo lab
 * (a {@link FakeProxmox} on loopback, reached over verified TLS with its own CA) when asked for or
 * when nothing is configured.
 */
final class LabSession implements AutoCloseable {
    private final FakeProxmox demo;
    private final ProxmoxClient client;
    private final ToolRuntime runtime;

    private LabSession(FakeProxmox demo, ProxmoxClient client) {
        this.demo = demo;
        this.client = client;
        this.runtime = ToolRuntime.builder().catalog(ProxmoxToolset.catalog(client)).build();
    }

    static LabSession open(LabOptions options, Map<String, String> env, PrintWriter err) {
        Map<String, String> settings = Settings.load(env);
        boolean demo = options.demo || !ProxmoxConfig.isConfigured(settings);
        if (demo && !options.demo) {
            err.println("labcrew: no Proxmox host configured (PROXMOX_URL or PROXMOX_HOST); using the built-in demo lab");
            err.flush();
        }
        FakeProxmox fake = demo ? FakeProxmox.builder().scenario(options.scenario).build().start() : null;
        try {
            ProxmoxConfig.Builder config = demo
                ? ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId()).tokenSecret(fake.tokenSecret())
                    .caPem(fake.certificatePem())
                : ProxmoxConfig.builder(settings);
            if (options.trace) {
                config.trace(line -> {
                    err.println(line);
                    err.flush();
                });
            }
            return new LabSession(fake, ProxmoxClient.create(config.build()));
        } catch (RuntimeException e) {
            if (fake != null) {
                fake.close();
            }
            throw e;
        }
    }

    ProxmoxClient client() {
        return client;
    }

    ToolRuntime runtime() {
        return runtime;
    }

    boolean isDemo() {
        return demo != null;
    }

    @Override
    public void close() {
        client.close();
        if (demo != null) {
            demo.close();
        }
    }
}
