package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

class HeldKeyManagerTest {
  private static final HeldCertificate EC = new HeldCertificate.Builder().commonName("pve").build();
  private static final HeldCertificate RSA = new HeldCertificate.Builder().commonName("pve").rsa2048().build();

  @Test
  void should_offer_the_held_certificate_only_for_its_own_key_type() {
    HeldKeyManager ec = new HeldKeyManager(EC);
    String alias = ec.chooseEngineServerAlias("EC", null, null);

    assertThat(alias).isNotNull();
    assertThat(ec.chooseServerAlias("EC", null, null)).isEqualTo(alias);
    assertThat(ec.getCertificateChain(alias)).containsExactly(EC.certificate());
    assertThat(ec.getPrivateKey(alias)).isEqualTo(EC.keyPair().getPrivate());
    assertThat(ec.chooseEngineServerAlias("RSA", null, null)).isNull();
    assertThat(ec.getServerAliases("RSA", null)).isNull();
    assertThat(new HeldKeyManager(RSA).chooseEngineServerAlias("RSA", null, null)).isEqualTo(alias);
    assertThat(new HeldKeyManager(RSA).chooseEngineServerAlias("EC", null, null)).isNull();
  }

  @Test
  void should_know_no_other_alias_and_never_act_as_a_client() {
    HeldKeyManager manager = new HeldKeyManager(EC);

    assertThat(manager.getCertificateChain("other")).isNull();
    assertThat(manager.getPrivateKey("other")).isNull();
    assertThat(manager.chooseEngineClientAlias(new String[] {"EC"}, null, null)).isNull();
    assertThat(manager.chooseClientAlias(new String[] {"EC"}, null, null)).isNull();
    assertThat(manager.getClientAliases("EC", null)).isNull();
  }
}
