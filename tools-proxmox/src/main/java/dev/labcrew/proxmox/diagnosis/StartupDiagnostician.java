package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Diagnoses why an LXC container did not start, from plain evidence (start task log, node journal,
 * config) and a knowledge base of known PVE error signatures and config checks. Pure and
 * deterministic: no I/O after the knowledge base is loaded, and thread-safe.
 *
 * <p>Each matched signature becomes a {@link Finding} with cause, the exact evidence lines and a fix.
 * Config checks run on every call, failed start or not. When the start task failed and no known
 * cause matches, the diagnosis carries an {@link UnknownFailure} with the exact failing line and
 * its LXC step, and no guessed cause.
 *
 * <pre>{@code
 * StartupDiagnosis d = StartupDiagnostician.withBuiltInKnowledge().diagnose(evidence);
 * d.findings().get(0).fix();
 * }</pre>
 */
public final class StartupDiagnostician {

    /** The shipped knowledge base, read and validated on the first diagnosis rather than when a tool is made. */
    private static final StartupDiagnostician BUILT_IN = new StartupDiagnostician(null);

    private final Catalog given;

    /** @param catalog the knowledge base, or null for the built-in one */
    StartupDiagnostician(Catalog catalog) {
        this.given = catalog;
    }

    private Catalog catalog() {
        return given != null ? given : BuiltInCatalog.INSTANCE;
    }

    /** Holder: loaded by the JVM on first use, once, thread-safely. */
    private static final class BuiltInCatalog {
        static final Catalog INSTANCE = Catalog.builtIn();
    }

    /**
     * The diagnostician with the knowledge base shipped in this library (signatures.json).
     *
     * @return a shared, thread-safe instance
     */
    public static StartupDiagnostician withBuiltInKnowledge() {
        return BUILT_IN;
    }

    /**
     * Diagnoses one container's startup.
     *
     * @param evidence what the caller could gather; missing parts belong in {@code gaps}
     * @return ranked findings, an unknown failure if the failed start is unexplained, and the gaps
     * @throws NullPointerException if {@code evidence} is null
     */
    public StartupDiagnosis diagnose(StartupEvidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        EvidenceLines lines = EvidenceLines.of(evidence);
        ContainerConfig config = new ContainerConfig(evidence);
        Map<String, String> globals = Map.of("vmid", Integer.toString(evidence.vmid()),
                "node", evidence.node() == null ? "NODE" : evidence.node(), "features", config.desiredFeatures());
        Catalog catalog = catalog();
        List<Candidate> candidates = new ArrayList<>();
        for (Signature signature : catalog.signatures) {
            signature.match(lines).ifPresent(m -> candidates.add(Candidate.of(signature.spec, m, globals)));
        }
        for (ConfigCheck check : catalog.checks) {
            for (ConfigCheck.Hit hit : check.check(evidence, config)) {
                candidates.add(Candidate.of(catalog.checkText(hit.id()), hit, globals));
            }
        }
        List<Candidate> ranked = Triage.rank(candidates, evidence);
        UnknownFailure unknown = ranked.stream().anyMatch(Candidate::isCause) ? null
                : FailureLocator.locate(evidence).orElse(null);
        return new StartupDiagnosis(evidence.vmid(), evidence.status(),
                ranked.stream().map(Candidate::toFinding).toList(), unknown, evidence.gaps());
    }

    /**
     * Describes every entry of the knowledge base: start-failure signatures, then config checks.
     *
     * @return an immutable list, in knowledge-base order
     */
    public List<KnownSignature> signatures() {
        return catalog().describe();
    }
}
