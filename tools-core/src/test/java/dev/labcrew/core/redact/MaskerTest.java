package dev.labcrew.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskerTest {
    @Test
    void should_mask_ipv4_addresses_with_stable_tokens() {
        Masker masker = Masker.create();

        String masked = masker.mask("ping 192.168.1.10 and 10.0.0.1/24, again 192.168.1.10:8006");

        assertThat(masked).isEqualTo("ping ip-1 and ip-2/24, again ip-1:8006");
        assertThat(masker.mask("from 10.0.0.1")).isEqualTo("from ip-2");
    }

    @Test
    void should_mask_ipv6_addresses_but_keep_mac_addresses() {
        Masker masker = Masker.create();

        String masked = masker.mask("ip6=2001:db8::8a2e:370:7334 gw=fe80::1 lo=::1 hwaddr=BC:24:11:63:43:F4 at 12:30:45");

        assertThat(masked).isEqualTo("ip6=ip-1 gw=ip-2 lo=ip-3 hwaddr=BC:24:11:63:43:F4 at 12:30:45");
    }

    @Test
    void should_mask_dotted_host_names_but_not_file_or_class_names() {
        Masker masker = Masker.create();

        String masked = masker.mask("https://node1.home.arpa:8006 nas.lan backup.tar.zst java.io.IOException README.md 1.2.3");

        assertThat(masked).isEqualTo("https://host-1:8006 host-2 backup.tar.zst java.io.IOException README.md 1.2.3");
    }

    @Test
    void should_mask_known_names_as_whole_words() {
        Masker masker = Masker.create(List.of("node1", "nas"));

        String masked = masker.mask("node1 runs guest 101 on node1; node10 and nasty stay; NAS is down");

        assertThat(masked).isEqualTo("host-1 runs guest 101 on host-1; node10 and nasty stay; host-2 is down");
    }

    @Test
    void should_restore_the_originals_when_unmasking() {
        Masker masker = Masker.create(List.of("node1"));
        String original = "node1 (192.168.1.10, fe80::1) serves db.home.arpa";

        String masked = masker.mask(original);

        assertThat(masked).doesNotContain("192.168", "node1", "home.arpa", "fe80");
        assertThat(masker.unmask(masked)).isEqualTo(original);
        assertThat(masker.unmask("restart host-2 then check ip-1; host-9 is unknown"))
                .isEqualTo("restart node1 then check 192.168.1.10; host-9 is unknown");
    }

    @Test
    void should_give_the_same_token_across_many_addresses_without_mixing_ten_and_one() {
        Masker masker = Masker.create();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            text.append("10.0.0.").append(i).append(' ');
        }

        String masked = masker.mask(text.toString());

        assertThat(masked).startsWith("ip-1 ip-2").contains("ip-10 ip-11 ip-12");
        assertThat(masker.unmask(masked)).isEqualTo(text.toString());
    }
}
