package dev.labcrew.cli;

import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.Scenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code labcrew sim}: runs the simulated Proxmox lab alone, for other clients, until interrupted. */
@Command(name = "sim", mixinStandardHelpOptions = true, description = "Run the simulated Proxmox VE API on loopback until Ctrl-C.",
         footer = {"", "Example:", "  labcrew sim --scenario homelab-incidents"})
final class SimCommand implements Callable<Integer> {
    @Option(names = "--port", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8006")
    int port;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Scenario: homelab-incidents (default), large-cluster, large-cluster:nodes=N,guests=M, "
                + "or a lab JSON file (docs/lab-files.md).",
            defaultValue = "homelab-incidents")
    String scenario;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Scenario lab = SimulatedLab.load(scenario, spec.commandLine().getErr());
        try (FakeProxmox fake = FakeProxmox.builder().scenario(lab).port(port).build().start()) {
            Path ca = Files.createTempFile("labcrew-sim-ca", ".pem");
            fake.writeCaFile(ca);
            ca.toFile().deleteOnExit();
            out.println("Simulated Proxmox VE (" + scenario + ") at " + fake.baseUrl() + "/api2/json");
            out.println("Use it from another shell:");
            out.println("  export PROXMOX_URL=" + fake.baseUrl());
            out.println("  export PROXMOX_TOKEN_ID='" + fake.tokenId() + "'");
            out.println("  export PROXMOX_TOKEN_SECRET=" + fake.tokenSecret());
            out.println("  export PROXMOX_CA_FILE=" + ca);
            out.println("  # or pin the certificate instead: export PROXMOX_FINGERPRINT=" + fake.fingerprint());
            out.println("Press Ctrl-C to stop.");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
