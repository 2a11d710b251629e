package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.action.Action;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No public method of the tool classes reaches an endpoint that changes something without a decision. */
class GateBypassTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_send_no_write_from_any_public_tool_method_when_nobody_approves() throws Exception {
        ToolRuntime runtime = ProxmoxToolset.runtime(lab.client).build();
        List<Object> tools = new ArrayList<>(ProxmoxToolset.readOnlyTools(lab.client));
        tools.addAll(List.of(new LxcPowerTools(runtime), new SnapshotChangeTools(runtime), new LxcResourceTools(runtime),
            new dev.labcrew.proxmox.vm.VmPowerTools(runtime)));
        int invoked = 0;
        for (Object tool : tools) {
            for (Method method : tool.getClass().getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    for (int vmid : new int[] {100, 101, 102, 200}) {
                        invoke(tool, method, vmid);
                        invoked++;
                    }
                }
            }
        }
        assertThat(invoked).isGreaterThan(40);
        assertThat(pve.fake().requests()).extracting(r -> r.method()).containsOnly("GET");
    }

    @Test
    void should_keep_every_action_implementation_package_private() throws Exception {
        List<Class<?>> actions = new ArrayList<>();
        for (Class<?> type : classesOf(LxcPowerTools.class)) {
            if (Action.class.isAssignableFrom(type)) {
                actions.add(type);
            }
        }
        assertThat(actions).hasSizeGreaterThanOrEqualTo(5);
        assertThat(actions).allMatch(type -> !Modifier.isPublic(type.getModifiers()));
    }

    private static void invoke(Object tool, Method method, int vmid) throws IllegalAccessException {
        Object[] args = new Object[method.getParameterCount()];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < args.length; i++) {
            Class<?> type = parameters[i].getType();
            args[i] = type == Integer.class || type == int.class ? Integer.valueOf(i == 0 ? vmid : 2048)
                : type == String.class ? (i == 1 ? "weekly-2" : null) : null;
        }
        try {
            method.invoke(tool, args);
        } catch (InvocationTargetException e) {
            // read-only tools may refuse odd arguments; what matters is that nothing was written
        }
    }

    private static List<Class<?>> classesOf(Class<?> anchor) throws URISyntaxException, ClassNotFoundException, java.io.IOException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(anchor.getPackageName().replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                classes.add(Class.forName(anchor.getPackageName() + "." + name));
            }
        }
        return classes;
    }
}
