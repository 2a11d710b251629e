package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Writes are reachable only through the registered actions: the client's public surface reads. */
class ProxmoxClientSurfaceTest {
    private static final Set<String> WRITE_VERBS = Set.of("post", "put", "delete", "patch", "writes");

    @Test
    void should_have_no_public_method_that_writes() {
        List<Method> publicMethods = Arrays.stream(ProxmoxClient.class.getMethods())
                .filter(m -> m.getDeclaringClass() == ProxmoxClient.class).toList();

        assertThat(publicMethods).extracting(Method::getName).isNotEmpty()
                .noneMatch(name -> WRITE_VERBS.contains(name.toLowerCase()));
        assertThat(publicMethods).extracting(m -> m.getReturnType().getPackageName())
                .as("no public method hands out the internal transport or its writes")
                .noneMatch(pkg -> pkg.endsWith(".internal"));
    }

    @Test
    void should_keep_the_write_route_package_private() throws NoSuchMethodException {
        Method writes = ProxmoxClient.class.getDeclaredMethod("writes");

        assertThat(Modifier.isPublic(writes.getModifiers()) || Modifier.isProtected(writes.getModifiers())).isFalse();
    }
}
