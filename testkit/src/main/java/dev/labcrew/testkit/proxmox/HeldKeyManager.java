package dev.labcrew.testkit.proxmox;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import okhttp3.tls.HeldCertificate;

/**
 * A server key manager holding one certificate and its key in memory: it offers them for the key type they are
 * ({@code EC} for OkHttp's default certificates) and never acts as a client.
 */
final class HeldKeyManager extends X509ExtendedKeyManager {
  private static final String ALIAS = "server";
  private final X509Certificate[] chain;
  private final PrivateKey key;

  HeldKeyManager(HeldCertificate held) {
    this.chain = new X509Certificate[] {held.certificate()};
    this.key = held.keyPair().getPrivate();
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return alias(keyType);
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return alias(keyType);
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return alias(keyType) == null ? null : new String[] {ALIAS};
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return ALIAS.equals(alias) ? chain.clone() : null;
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return ALIAS.equals(alias) ? key : null;
  }

  @Override
  public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
    return null;
  }

  @Override
  public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
    return null;
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return null;
  }

  private String alias(String keyType) {
    return key.getAlgorithm().equals(keyType) ? ALIAS : null;
  }
}
