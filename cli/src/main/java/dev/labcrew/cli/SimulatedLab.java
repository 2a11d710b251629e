package dev.labcrew.cli;

import dev.labcrew.testkit.docker.FakeDocker;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.Scenario;
import java.io.PrintWriter;

/** Resolves {@code --scenario}: a built-in lab by name or a lab file, and the Docker side that goes with it. */
final class SimulatedLab {
    private SimulatedLab() {
    }

    /**
     * The lab named or stored at {@code nameOrFile}; what loading ignored is printed as one warning line each.
     *
     * @throws dev.labcrew.testkit.proxmox.LabFileException when it is neither a built-in name nor a valid lab file
     */
    static Scenario load(String nameOrFile, PrintWriter err) {
        Scenario lab = ScenarioPrefetch.load(nameOrFile);
        lab.warnings().forEach(w -> err.println("labcrew: warning: " + w));
        err.flush();
        return lab;
    }

    /** A built-in lab brings its Docker engine; a lab file describes Proxmox only, so its engine is empty. */
    static String dockerScenario(String nameOrFile) {
        if (FakeDocker.scenarioNames().contains(nameOrFile)) {
            return nameOrFile;
        }
        return FakeProxmox.scenarioNames().contains(nameOrFile) || nameOrFile.startsWith("large-cluster:")
            ? "homelab-incidents" : "empty";
    }
}
