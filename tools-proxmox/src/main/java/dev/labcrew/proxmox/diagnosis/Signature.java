package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A compiled {@link SignatureSpec} that matches itself against the evidence lines. */
final class Signature {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    final SignatureSpec spec;
    private final List<Pattern> patterns;
    private final List<List<String>> groupsPerPattern;
    private final List<Pattern> supporting;

    Signature(SignatureSpec spec) {
        this.spec = spec;
        this.patterns = spec.patterns().stream().map(Pattern::compile).toList();
        this.supporting = spec.supporting().stream().map(r -> Pattern.compile(r.pattern())).toList();
        this.groupsPerPattern = spec.patterns().stream()
                .map(p -> GROUP_NAME.matcher(p).results().map(r -> r.group(1)).toList()).toList();
    }

    /** The named groups of the patterns, usable as placeholders. */
    Set<String> groupNames() {
        Set<String> names = new TreeSet<>();
        groupsPerPattern.forEach(names::addAll);
        return names;
    }

    /** The quoted evidence and the named-group values, when the signature matches. */
    Optional<Match> match(EvidenceLines lines) {
        if (spec.whenEmpty().stream().anyMatch(s -> !lines.get(s).isEmpty())) {
            return Optional.empty();
        }
        BitSet hit = new BitSet(patterns.size());
        Map<String, String> values = new HashMap<>();
        List<String> evidence = new ArrayList<>();
        for (Source source : Source.values()) {
            for (String line : lines.get(source)) {
                boolean primary = spec.where().contains(source) && hitsPattern(line, hit, values);
                if (primary || supports(source, line)) {
                    evidence.add(source.cite(line));
                }
            }
        }
        boolean matched = "all".equals(spec.match()) ? hit.cardinality() == patterns.size() : !hit.isEmpty();
        return matched ? Optional.of(new Match(evidence.stream().distinct().toList(), values)) : Optional.empty();
    }

    private boolean hitsPattern(String line, BitSet hit, Map<String, String> values) {
        boolean any = false;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(line);
            if (m.find()) {
                any = true;
                hit.set(i);
                groupsPerPattern.get(i).stream().filter(n -> m.group(n) != null)
                        .forEach(n -> values.putIfAbsent(n, m.group(n)));
            }
        }
        return any;
    }

    private boolean supports(Source source, String line) {
        for (int i = 0; i < supporting.size(); i++) {
            if (spec.supporting().get(i).in() == source && supporting.get(i).matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** What a matching signature found. */
    record Match(List<String> evidence, Map<String, String> values) {
    }
}
