package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerConfig;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.docker.DockerToolset;
import dev.labcrew.testkit.docker.FakeDocker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Docker engines of one command: those configured ({@code DOCKER_HOST}, {@code LABCREW_DOCKER_HOSTS},
 * {@code docker.host.NAME}, or {@code /var/run/docker.sock} when present), or a {@link FakeDocker} beside the demo
 * lab with {@code --demo} or when nothing at all is configured. Its tools join the Proxmox ones in one catalog.
 */
final class DockerLab implements AutoCloseable {
    private final FakeDocker demo;
    private final DockerHosts hosts;

    private DockerLab(FakeDocker demo, DockerHosts hosts) {
        this.demo = demo;
        this.hosts = hosts;
    }

    /**
     * @param labIsDemo whether the Proxmox side runs on the demo lab; then an unconfigured Docker side does too
     * @return the engines, or null (with a warning on {@code err}) when the Docker settings are malformed
     */
    static DockerLab open(LabOptions options, Map<String, String> settings, boolean labIsDemo, PrintWriter err) {
        boolean configured = DockerHosts.isConfigured(settings) || Files.exists(DockerConfig.builder().build().socketPath());
        Consumer<String> trace = options.trace ? line -> {
            err.println(line);
            err.flush();
        } : null;
        if (options.demo || (labIsDemo && !configured)) {
            String scenario = SimulatedLab.dockerScenario(options.scenarioOrDefault());
            // its scenario is read and its state built on the first Docker request: a Proxmox call never pays for it
            FakeDocker fake = FakeDocker.builder().scenario(scenario).build().startOnDemand();
            // our own simulator on loopback: built directly, so the cleartext warning for settings does not fire
            DockerConfig config = DockerConfig.builder().host(fake.host()).trace(trace).build();
            return new DockerLab(fake, DockerHosts.of(DockerClient.create(config)));
        }
        try {
            DockerHosts hosts = DockerHosts.fromSettings(settings, trace);
            for (DockerClient client : hosts.all()) {
                if (client.config().isCleartext()) {
                    err.println("labcrew: WARNING Docker engine " + client.name() + " at " + client.config().host()
                        + " without TLS: requests travel in cleartext and anyone who reaches the port controls the engine;"
                        + " set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH");
                }
            }
            err.flush();
            return new DockerLab(null, hosts);
        } catch (LabcrewException e) {
            err.println("labcrew: WARNING Docker tools are off: " + e.getMessage());
            err.println("hint: " + e.hint());
            err.flush();
            return null;
        }
    }

    /** Every tool name, risk and parameter, without a connection. */
    static List<ToolDefinition> definitions() {
        return DockerToolset.definitions();
    }

    /** The given runtime builder with the Docker tools and actions added. */
    ToolRuntime.Builder addTo(ToolRuntime.Builder builder) {
        return DockerToolset.addTo(builder, hosts);
    }

    DockerHosts hosts() {
        return hosts;
    }

    /** Crash loops, failing health checks and disk taken by unused images and volumes, on every engine. */
    List<Analyzer> analyzers() {
        return DockerToolset.analyzers(hosts);
    }

    @Override
    public void close() {
        hosts.close();
        if (demo != null) {
            demo.close();
        }
    }
}
