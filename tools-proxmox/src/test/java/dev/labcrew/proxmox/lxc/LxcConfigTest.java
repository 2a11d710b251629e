package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LxcConfigTest {

    @Test
    void should_split_a_property_string_into_an_ordered_map() {
        assertThat(LxcConfig.parsePropertyString("name=eth0,bridge=vmbr0,ip=dhcp,type=veth"))
                .containsExactly(Map.entry("name", "eth0"), Map.entry("bridge", "vmbr0"), Map.entry("ip", "dhcp"),
                        Map.entry("type", "veth"));
    }

    @Test
    void should_store_a_leading_bare_volume_under_volume() {
        assertThat(LxcConfig.parsePropertyString("local-lvm:vm-102-disk-0,size=8G,mountoptions=noatime;lazytime"))
                .containsExactly(Map.entry("volume", "local-lvm:vm-102-disk-0"), Map.entry("size", "8G"),
                        Map.entry("mountoptions", "noatime;lazytime"));
    }

    @Test
    void should_return_an_empty_map_for_null_or_blank() {
        assertThat(LxcConfig.parsePropertyString(null)).isEmpty();
        assertThat(LxcConfig.parsePropertyString(" ")).isEmpty();
    }

    @Test
    void should_apply_pve_defaults_for_missing_keys() {
        LxcConfig config = new LxcConfig(Map.of("hostname", "tiny"), null, null);

        assertThat(config.memory()).isEqualTo(512);
        assertThat(config.swap()).isEqualTo(512);
        assertThat(config.cores()).isNull();
        assertThat(config.unprivileged()).isFalse();
        assertThat(config.onboot()).isFalse();
        assertThat(config.protection()).isFalse();
        assertThat(config.features()).isEmpty();
        assertThat(config.mountPoints()).isEmpty();
        assertThat(config.tags()).isEmpty();
        assertThat(config.rawLxc()).isEmpty();
        assertThat(config.lock()).isNull();
    }

    @Test
    void should_split_tags_on_semicolons_commas_and_spaces() {
        LxcConfig config = new LxcConfig(Map.of("tags", "one, two three;four"), List.of(), "d");

        assertThat(config.tags()).containsExactly("one", "two", "three", "four");
    }

    @Test
    void should_expose_raw_values_and_lock() {
        LxcConfig config = new LxcConfig(Map.of("lock", "backup", "startup", "order=2,up=30", "ostype", "debian",
                "protection", "1"), List.of(), "d");

        assertThat(config.lock()).isEqualTo("backup");
        assertThat(config.startup()).isEqualTo("order=2,up=30");
        assertThat(config.ostype()).isEqualTo("debian");
        assertThat(config.protection()).isTrue();
        assertThat(config.get("missing")).isNull();
    }
}
