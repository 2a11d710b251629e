package dev.labcrew.proxmox.provision;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.internal.PveWrites;
import dev.labcrew.proxmox.lxc.LxcConfig;
import dev.labcrew.proxmox.task.TaskRunner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The steps of a provisioning, each idempotent: it reads the guest first and does nothing when its effect is already
 * there (done before a crash), so {@code resume} never does a step twice. Writes go one at a time to the one guest; a
 * config write that meets the config lock right after a resize (a transient 500, seed 004 F4) is sent again by the
 * client's transport with bounded exponential backoff ({@code RetryPolicy}), never by a sleep here.
 *
 * <p>Sources: the field report {@code /work/shared/seeds/004_e6dcab7c6ffa5c5f.txt} (F1 MAC kept by a restore, F2 hostname
 * kept, F3 SSH host keys not regenerated, F4 config lock after a resize, F5 keyctl and nesting survive); the API schema
 * {@code /work/shared/reference/pve/apidata.json} for {@code POST /nodes/{node}/lxc} ({@code restore}, {@code ostemplate},
 * {@code storage}), {@code PUT /nodes/{node}/lxc/{vmid}/resize} and {@code DELETE /nodes/{node}/lxc/{vmid}}; pct(1),
 * https://pve.proxmox.com/wiki/Linux_Container. The restore's own {@code unique=1} ("assign a unique random ethernet
 * address") is not used: the report tested the host-side {@code PUT net0} without {@code hwaddr}, and one identity step
 * that resets MAC and hostname together and reads both back is simpler to verify and to resume.
 */
final class ProvisionSteps {
    private final Blueprint plan;
    private final NewGuest guest;
    private final PveWrites writes;
    private final TaskRunner tasks;
    private final MacCensus census;
    private final String jobId;

    ProvisionSteps(Blueprint plan, NewGuest guest, PveWrites writes, TaskRunner tasks, MacCensus census, String jobId) {
        this.plan = plan;
        this.guest = guest;
        this.writes = writes;
        this.tasks = tasks;
        this.census = census;
        this.jobId = jobId;
    }

    /**
     * Brings one step about and says what holds now.
     *
     * @param pendingUpid the task a dead process started for this step and journaled, or null
     * @param started told the UPID of a task this step starts, before waiting for it
     */
    String ensure(String step, String pendingUpid, Consumer<String> started) {
        if (pendingUpid != null) {
            tasks.await(step + " of " + plan.label() + " (started before a crash)", pendingUpid);
        }
        return switch (step) {
            case Blueprint.RESTORE -> restore(started);
            case Blueprint.IDENTITY -> identity();
            case Blueprint.RESIZE -> resize(started);
            case Blueprint.MOUNTS -> mounts();
            case Blueprint.RESOURCES -> resources();
            case Blueprint.START -> start(started);
            case Blueprint.VERIFY -> verify();
            default -> throw new IllegalArgumentException("unknown step " + step);
        };
    }

    private String restore(Consumer<String> started) {
        if (guest.exists()) {
            if (!guest.madeBy(jobId)) {
                throw new LabcrewException(ErrorKind.CONFLICT, "CT " + plan.vmid() + " exists and is not this job's: VMID taken since the plan",
                    "nothing of it is touched; provision again with another vmid");
            }
            String running = guest.runningTask("vzrestore").orElse(null);
            if (running != null) {
                tasks.await("restore of " + plan.label(), running);
            }
            return "CT " + plan.vmid() + " was restored already (before a crash)";
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("vmid", String.valueOf(plan.vmid()));
        form.put("ostemplate", plan.golden().volid());
        form.put("restore", "1");
        form.put("storage", plan.request().storage());
        form.put("description", Blueprint.marker(jobId) + ": provisioned from " + plan.golden().volid());
        tasks.post("restore of " + plan.label(), "/nodes/" + plan.node() + "/lxc", form, started);
        LxcConfig config = guest.config();
        return "CT " + plan.vmid() + " restored: MAC " + NewGuest.mac(config) + " and hostname " + config.hostname()
            + " are the golden's, features " + config.get("features");
    }

    private String identity() {
        LxcConfig config = guest.config();
        String before = NewGuest.mac(config);
        if (plan.request().hostname().equals(config.hostname()) && !before.equalsIgnoreCase(plan.golden().mac())) {
            return "MAC " + before + " and hostname " + config.hostname() + " were reset already";
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("net0", plan.golden().net0WithoutMac());
        form.put("hostname", plan.request().hostname());
        form.put("digest", config.digest());
        writes.put(guest.path() + "/config", form);
        LxcConfig after = guest.config();
        String mac = NewGuest.mac(after);
        if (mac.isEmpty() || mac.equalsIgnoreCase(plan.golden().mac()) || !plan.request().hostname().equals(after.hostname())) {
            throw new LabcrewException(ErrorKind.TASK_FAILED, "the identity reset did not take: MAC " + mac + ", hostname " + after.hostname(),
                "check it with get_lxc_config vmid=" + plan.vmid());
        }
        return "MAC " + before + " -> " + mac + ", hostname " + config.hostname() + " -> " + after.hostname();
    }

    private String resize(Consumer<String> started) {
        long now = Sizes.gib(guest.config().rootfs());
        int wanted = plan.request().rootfsGib();
        if (now >= wanted) {
            return "rootfs is " + now + "G already";
        }
        // An absolute size, not +N: sent twice, it could not grow the disk twice.
        tasks.put("resize of rootfs of " + plan.label(), guest.path() + "/resize", Map.of("disk", "rootfs", "size", wanted + "G"), started);
        return "rootfs " + now + "G -> " + Sizes.gib(guest.config().rootfs()) + "G";
    }

    private String mounts() {
        LxcConfig config = guest.config();
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < plan.request().mounts().size(); i++) {
            if (config.get("mp" + i) == null) {
                form.put("mp" + i, plan.request().mounts().get(i).volume());
            }
        }
        if (form.isEmpty()) {
            return "mount points attached already";
        }
        writes.put(guest.path() + "/config", form);
        LxcConfig after = guest.config();
        StringBuilder text = new StringBuilder();
        form.keySet().forEach(key -> text.append(text.isEmpty() ? "" : "; ").append(key).append(' ').append(after.get(key)));
        return text.toString();
    }

    private String resources() {
        LxcConfig config = guest.config();
        Map<String, String> form = new LinkedHashMap<>();
        ProvisionRequest r = plan.request();
        if (r.memory() != null && r.memory() != config.memory()) {
            form.put("memory", String.valueOf(r.memory()));
        }
        if (r.cores() != null && !r.cores().equals(config.cores())) {
            form.put("cores", String.valueOf(r.cores()));
        }
        if (r.tags() != null && !String.join(";", config.tags()).equals(r.tags())) {
            form.put("tags", r.tags());
        }
        if (form.isEmpty()) {
            return "resources and tags set already";
        }
        writes.put(guest.path() + "/config", form);
        return "set " + form;
    }

    private String start(Consumer<String> started) {
        if (guest.running()) {
            return "CT " + plan.vmid() + " is running already";
        }
        tasks.post("start of " + plan.label(), guest.path() + "/status/start", Map.of(), started);
        return "CT " + plan.vmid() + " started";
    }

    private String verify() {
        LxcConfig config = guest.config();
        String mac = NewGuest.mac(config);
        StringBuilder problems = new StringBuilder();
        if (plan.request().start() && !guest.running()) {
            problems.append("not running; ");
        }
        if (!plan.request().hostname().equals(config.hostname())) {
            problems.append("hostname is ").append(config.hostname()).append("; ");
        }
        if (mac.isEmpty() || mac.equalsIgnoreCase(plan.golden().mac())) {
            problems.append("MAC ").append(mac).append(" is the golden's; ");
        }
        String other = census.holderOf(mac, plan.vmid());
        if (other != null) {
            problems.append("MAC ").append(mac).append(" is also on ").append(other).append("; ");
        }
        if (!problems.isEmpty()) {
            throw new LabcrewException(ErrorKind.TASK_FAILED, plan.label() + " failed verification: " + problems.toString().strip(),
                "the job rolls back; check the golden and the node");
        }
        return plan.label() + (plan.request().start() ? " running" : " stopped") + ", MAC " + mac + " unique in the cluster, hostname "
            + config.hostname() + ", features " + config.get("features");
    }
}
