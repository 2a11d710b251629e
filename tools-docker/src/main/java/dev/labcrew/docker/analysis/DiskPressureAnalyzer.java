package dev.labcrew.docker.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.output.Units;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.docker.image.ImageList;
import dev.labcrew.docker.image.ImageRow;
import dev.labcrew.docker.image.ImageTools;
import dev.labcrew.docker.volume.VolumeReport;
import dev.labcrew.docker.volume.VolumeRow;
import dev.labcrew.docker.volume.VolumeTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Disk taken by what nothing uses: dangling images (a prune fixes it, after approval) and volumes no
 * container mounts (only a human can tell whether their data still matters).
 */
public final class DiskPressureAnalyzer implements Analyzer {
    /** Below this, reclaimable space is not worth a finding. */
    static final long WORTH_IT = 100L << 20;
    /** From this on, it is a warning. */
    static final long LARGE = 1L << 30;

    private final DockerHosts hosts;
    private final ImageTools images;
    private final VolumeTools volumes;

    public DiskPressureAnalyzer(DockerHosts hosts) {
        this.hosts = hosts;
        this.images = new ImageTools(hosts);
        this.volumes = new VolumeTools(hosts);
    }

    @Override
    public String name() {
        return "docker-disk";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        return HostSweep.each(sweep, hosts, name(), false, host -> {
            List<Finding> findings = new ArrayList<>();
            dangling(images.listDockerImages(true, host), findings);
            unusedVolumes(volumes.checkDockerVolumes(true, host), findings);
            return findings;
        });
    }

    private void dangling(ImageList list, List<Finding> findings) {
        List<ImageRow> doomed = list.images().stream().filter(ImageRow::unused).toList();
        long size = list.danglingReclaimable();
        if (size < WORTH_IT) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        doomed.stream().limit(8).forEach(i -> evidence.add("image: " + i.id() + " <none> " + Units.bytes(i.size())));
        ProposedAction prune = new ProposedAction("prune_docker_images", Map.of("host", list.host()),
            "remove " + doomed.size() + " dangling images no container uses, about " + Units.bytes(size));
        findings.add(new Finding(name(), size >= LARGE ? Severity.WARNING : Severity.INFO, "docker/images@" + list.host(),
            doomed.size() + " dangling images take " + Units.bytes(size) + " on " + list.host(), evidence,
            "Rebuilt or re-pulled images leave their old versions behind untagged; nothing uses them.",
            "Prune them: prune_docker_images host=" + list.host() + " (the preview lists each image before anything is removed).",
            prune, List.of()));
    }

    private void unusedVolumes(VolumeReport report, List<Finding> findings) {
        List<VolumeRow> unused = report.volumes().stream().filter(VolumeRow::unused).toList();
        if (unused.isEmpty()) {
            return;
        }
        long size = report.unusedSize();
        List<String> evidence = new ArrayList<>();
        unused.stream().limit(8).forEach(v -> evidence.add("volume: " + v.name() + " " + (v.size() < 0 ? "size unknown" : Units.bytes(v.size()))
            + ", no container mounts it"));
        List<String> steps = new ArrayList<>();
        unused.stream().limit(8).forEach(v -> steps.add("On " + report.host() + ", check what volume " + v.name()
            + " holds (docker run --rm -v " + v.name() + ":/data busybox ls -la /data), back it up if needed, then docker volume rm " + v.name()));
        findings.add(new Finding(name(), size >= LARGE ? Severity.WARNING : Severity.INFO, "docker/volumes@" + report.host(),
            unused.size() + " volumes no container uses" + (size > 0 ? " take " + Units.bytes(size) : "") + " on " + report.host(),
            evidence, "Containers that were removed left their volumes behind; they keep their data until removed by hand.",
            "Only a human can tell whether their data still matters: check each, then remove it.", null, steps));
    }
}
