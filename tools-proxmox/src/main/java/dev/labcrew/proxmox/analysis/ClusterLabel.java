package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels an analyzer's findings with their cluster when several are configured: the target reads
 * {@code ct/200@pve1@home} and a proposed action carries {@code cluster=home}, so it reaches that cluster.
 */
final class ClusterLabel implements Analyzer {
    private final Analyzer analyzer;
    private final String cluster;

    ClusterLabel(Analyzer analyzer, String cluster) {
        this.analyzer = analyzer;
        this.cluster = cluster;
    }

    @Override
    public String name() {
        return analyzer.name();
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        return analyzer.analyze(sweep).stream().map(this::label).toList();
    }

    private Finding label(Finding f) {
        ProposedAction action = f.action();
        if (action != null) {
            Map<String, Object> args = new HashMap<>(action.arguments());
            args.put("cluster", cluster);
            action = new ProposedAction(action.tool(), args, action.reason());
        }
        String target = f.target() == null || f.target().isEmpty() ? "@" + cluster : f.target() + "@" + cluster;
        return new Finding(f.analyzer(), f.severity(), target, f.title(), f.evidence(), f.cause(), f.fix(), action, f.manualSteps());
    }
}
