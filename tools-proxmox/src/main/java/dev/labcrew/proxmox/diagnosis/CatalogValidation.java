package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Rejects a knowledge base with broken references, missing texts or text a model should not read. */
final class CatalogValidation {

    private static final Pattern UNWANTED_TEXT = Pattern.compile("[^\\x20-\\x7E]|`|\\*\\*|\\x1B");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private CatalogValidation() {
    }

    static void validate(Catalog catalog) {
        CatalogValidation v = new CatalogValidation();
        catalog.signatures.forEach(s -> v.signature(s));
        catalog.checkTexts.forEach(c -> v.check(c));
        for (Signature s : catalog.signatures) {
            s.spec.explainedBy().forEach(id -> v.require(v.ids.contains(id), s.spec.id() + " explainedBy unknown " + id));
            s.spec.covers().forEach(id -> v.require(v.ids.contains(id), s.spec.id() + " covers unknown " + id));
        }
        Set<String> coded = new HashSet<>();
        catalog.checks.forEach(c -> coded.addAll(c.ids()));
        Set<String> written = new HashSet<>();
        catalog.checkTexts.forEach(c -> written.add(c.id()));
        v.require(coded.equals(written), "config checks in code " + coded + " differ from signatures.json " + written);
        if (!v.problems.isEmpty()) {
            throw new IllegalStateException(Catalog.RESOURCE + " is invalid: " + String.join("; ", v.problems));
        }
    }

    private void signature(Signature s) {
        SignatureSpec spec = s.spec;
        common(spec.id(), spec.title(), spec.cause(), spec.fix(), spec.sources());
        require(spec.kind() != null && spec.severity() != null && spec.confidence() != null, spec.id() + " lacks kind, severity or confidence");
        require(spec.kind() != Kind.CHECK, spec.id() + " is a signature; kind check is for config checks");
        require(spec.privileges() != null && !spec.privileges().isBlank(), spec.id() + " does not say what its fix needs");
        require(!spec.where().isEmpty() && !spec.patterns().isEmpty(), spec.id() + " needs where and patterns");
        require(spec.match().equals("all") || spec.match().equals("any"), spec.id() + " match must be all or any");
        Set<String> allowed = new HashSet<>(Catalog.GLOBAL_VALUES);
        allowed.addAll(s.groupNames());
        placeholders(spec.id(), allowed, spec.title(), spec.cause(), spec.fix());
    }

    private void check(ConfigCheckSpec spec) {
        common(spec.id(), spec.title(), spec.cause(), spec.fix(), spec.sources());
        require(spec.severity() != null, spec.id() + " lacks severity");
        Set<String> allowed = new HashSet<>(Catalog.GLOBAL_VALUES);
        allowed.addAll(Catalog.CHECK_VALUES);
        placeholders(spec.id(), allowed, spec.title(), spec.cause(), spec.fix());
    }

    private void common(String id, String title, String cause, String fix, List<String> sources) {
        require(id != null && !id.isBlank(), "an entry has no id");
        require(ids.add(id), "duplicate id " + id);
        require(!sources.isEmpty(), id + " names no sources");
        for (String text : new String[] {title, cause, fix}) {
            require(text != null && !text.isBlank(), id + " lacks title, cause or fix");
            require(text == null || !UNWANTED_TEXT.matcher(text).find(), id + " has non-ASCII, markdown or control text");
        }
    }

    private void placeholders(String id, Set<String> allowed, String... texts) {
        for (String text : texts) {
            if (text != null) {
                Template.placeholders(text).stream().filter(p -> !allowed.contains(p))
                        .forEach(p -> problems.add(id + " uses unknown placeholder {" + p + "}"));
            }
        }
    }

    private void require(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
