package dev.labcrew.docker.image;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.core.output.Units;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerException;
import dev.labcrew.docker.DockerHosts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes unused images. The engine's {@code POST /images/prune} has no dry run and deletes whatever is
 * dangling when it runs, so this lists the candidates for the human, binds the approval to their IDs
 * (any change refuses the run) and deletes exactly those, one {@code DELETE} each.
 */
final class PruneImages implements Action {
    private final DockerHosts hosts;

    PruneImages(DockerHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        DockerClient client = hosts.client((String) arguments.get("host"));
        List<ImageEntry> doomed = candidates(client, arguments);
        String target = "docker/images@" + client.name();
        Map<String, String> state = new LinkedHashMap<>();
        state.put("images", doomed.stream().map(ImageEntry::id).collect(Collectors.joining(",")));
        if (doomed.isEmpty()) {
            return ActionPlan.noop(target, state, "no " + (Boolean.TRUE.equals(arguments.get("all")) ? "unused" : "dangling")
                + " images that no container uses on " + client.name() + (arguments.get("label") == null ? "" : " with label "
                + arguments.get("label")));
        }
        List<String> preview = new ArrayList<>();
        for (ImageEntry image : doomed) {
            preview.add("remove " + image.shortId() + " " + (image.dangling() ? "<none>" : String.join(",", image.tags())) + " "
                + Units.bytes(image.size()) + ", created " + Units.utc(image.created()));
        }
        preview.add(doomed.size() + " images, about " + Units.bytes(doomed.stream().mapToLong(ImageEntry::size).sum())
            + " reclaimed (less where layers are shared with kept images)");
        return ActionPlan.of(target, state, preview, "none: removed images are gone; pull or build them again");
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        DockerClient client = hosts.client((String) arguments.get("host"));
        // the runtime re-read the plan and matched it to the approved one; this pins the IDs once more
        Set<String> seen = Set.of(plan.targetState().getOrDefault("images", "").split(","));
        List<ImageEntry> approved = candidates(client, arguments).stream().filter(i -> seen.contains(i.id())).toList();
        List<String> removed = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        long reclaimed = 0;
        for (ImageEntry image : approved) {
            String label = image.shortId() + " (" + (image.dangling() ? "<none>" : String.join(",", image.tags())) + ", "
                + Units.bytes(image.size()) + ")";
            try {
                delete(client, image);
                removed.add(label);
                reclaimed += image.size();
            } catch (DockerException e) {
                if (e.kind() != ErrorKind.NOT_FOUND && e.kind() != ErrorKind.CONFLICT) {
                    throw e;
                }
                failed.put(image.shortId(), e.kind() == ErrorKind.NOT_FOUND ? "already gone" : e.engineMessage());
            }
        }
        Set<String> left = ImageReader.read(client).stream().map(ImageEntry::id).collect(Collectors.toSet());
        long stillThere = approved.stream().filter(i -> left.contains(i.id()) && !failed.containsKey(i.shortId())).count();
        String verified = stillThere == 0 ? "verified: none of the removed images is listed any more"
            : "WARNING " + stillThere + " removed images are still listed; check with list_docker_images";
        return new PruneOutcome(client.name(), removed, failed, reclaimed, verified);
    }

    /** A dangling image by its ID; a tagged one tag by tag, so that no force is ever needed. */
    private static void delete(DockerClient client, ImageEntry image) {
        List<String> names = image.dangling() ? List.of(image.id()) : image.tags();
        for (String name : names) {
            client.delete("/images/" + URLEncoder.encode(name, StandardCharsets.UTF_8), Map.of());
        }
    }

    private static List<ImageEntry> candidates(DockerClient client, Map<String, Object> arguments) {
        boolean all = Boolean.TRUE.equals(arguments.get("all"));
        String label = (String) arguments.get("label");
        return ImageReader.read(client).stream()
            .filter(i -> !i.used() && (all || i.dangling()) && i.matches(label))
            .sorted(Comparator.comparing(ImageEntry::id))
            .toList();
    }
}
