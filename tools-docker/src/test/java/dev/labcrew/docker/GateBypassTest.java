package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.action.Action;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.docker.container.ContainerPowerTools;
import dev.labcrew.docker.image.ImageChangeTools;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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

/** No public method of the Docker tool classes reaches a changing endpoint without a decision. */
class GateBypassTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    private TestLab lab;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_send_no_write_from_any_public_tool_method_when_nobody_approves() throws Exception {
        ToolRuntime runtime = lab.runtime();
        List<Object> tools = new ArrayList<>(DockerToolset.readOnlyTools(lab.hosts));
        tools.addAll(List.of(new ContainerPowerTools(runtime), new ImageChangeTools(runtime)));
        int invoked = 0;
        for (Object tool : tools) {
            for (Method method : tool.getClass().getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    for (String container : new String[] {"proxy", "backup-job", "paperless-worker"}) {
                        invoke(tool, method, container);
                        invoked++;
                    }
                }
            }
        }
        assertThat(invoked).isGreaterThan(30);
        assertThat(docker.fake().requests()).isNotEmpty().extracting(r -> r.method()).containsOnly("GET");
    }

    @Test
    void should_keep_every_action_implementation_package_private() throws Exception {
        List<Class<?>> actions = new ArrayList<>();
        for (Class<?> anchor : new Class<?>[] {ContainerPowerTools.class, ImageChangeTools.class}) {
            for (Class<?> type : classesOf(anchor)) {
                if (Action.class.isAssignableFrom(type)) {
                    actions.add(type);
                }
            }
        }
        assertThat(actions).hasSize(2).allMatch(type -> !Modifier.isPublic(type.getModifiers()));
    }

    private static void invoke(Object tool, Method method, String container) throws IllegalAccessException {
        Object[] args = new Object[method.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            Class<?> type = method.getParameters()[i].getType();
            args[i] = type == String.class ? (i == 0 ? container : null) : type == Boolean.class ? Boolean.TRUE : null;
        }
        try {
            method.invoke(tool, args);
        } catch (InvocationTargetException e) {
            // a read-only tool may refuse odd arguments; what matters is that nothing was written
        }
    }

    private static List<Class<?>> classesOf(Class<?> anchor) throws URISyntaxException, ClassNotFoundException, IOException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(anchor.getPackageName().replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes.add(Class.forName(anchor.getPackageName() + "." + file.getFileName().toString().replace(".class", "")));
            }
        }
        return classes;
    }
}
