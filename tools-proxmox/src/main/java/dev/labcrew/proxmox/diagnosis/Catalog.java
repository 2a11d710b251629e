package dev.labcrew.proxmox.diagnosis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The knowledge base: compiled signatures, config checks and their texts, validated on load. */
final class Catalog {

    static final String RESOURCE = "signatures.json";
    static final Set<String> GLOBAL_VALUES = Set.of("vmid", "node", "features");
    static final Set<String> CHECK_VALUES = Set.of("lock", "paths", "devices");

    final List<Signature> signatures;
    final List<ConfigCheck> checks;
    final List<ConfigCheckSpec> checkTexts;

    Catalog(File file, List<ConfigCheck> checks) {
        this.signatures = file.signatures().stream().map(Signature::new).toList();
        this.checks = List.copyOf(checks);
        this.checkTexts = List.copyOf(file.configChecks());
        CatalogValidation.validate(this);
    }

    static Catalog builtIn() {
        List<ConfigCheck> checks = List.of(new FuseMountCheck(), new DockerNestingCheck(), new PrivilegedCheck(),
                new LockCheck(), new BindMountCheck(), new DevicePassthroughCheck());
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            return new Catalog(json.readValue(in, File.class), checks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    ConfigCheckSpec checkText(String id) {
        return checkTexts.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no texts for config check " + id));
    }

    /** Descriptors of every signature, then every config check, in file order. */
    List<KnownSignature> describe() {
        List<KnownSignature> out = new ArrayList<>();
        for (Signature s : signatures) {
            SignatureSpec spec = s.spec;
            out.add(new KnownSignature(spec.id(), spec.title(), spec.severity(),
                    spec.where().stream().map(w -> w.label).toList(), spec.sources()));
        }
        for (ConfigCheckSpec c : checkTexts) {
            out.add(new KnownSignature(c.id(), c.title(), c.severity(), List.of(Source.CONFIG.label), c.sources()));
        }
        return List.copyOf(out);
    }

    /** The shape of signatures.json. */
    record File(int version, List<SignatureSpec> signatures, List<ConfigCheckSpec> configChecks) {
    }
}
