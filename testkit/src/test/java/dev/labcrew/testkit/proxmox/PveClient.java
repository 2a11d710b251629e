package dev.labcrew.testkit.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;

/** A plain JDK HTTPS client trusting only the simulator's certificate, as a user's test would build one. */
final class PveClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http;
  private final String baseUrl;
  private final String authorization;

  PveClient(FakeProxmox pve, String authorization) {
    HandshakeCertificates trust = new HandshakeCertificates.Builder()
        .addTrustedCertificate(Certificates.decodeCertificatePem(pve.certificatePem()))
        .build();
    this.http = HttpClient.newBuilder().sslContext(trust.sslContext()).connectTimeout(Duration.ofSeconds(5)).build();
    this.baseUrl = pve.baseUrl();
    this.authorization = authorization;
  }

  static PveClient admin(FakeProxmox pve) {
    return new PveClient(pve, "PVEAPIToken=" + pve.tokenId() + "=" + pve.tokenSecret());
  }

  static PveClient as(FakeProxmox pve, String tokenId) {
    return new PveClient(pve, pve.token(tokenId).authorizationHeader());
  }

  /** GET {@code /api2/json + path}. */
  Response get(String path) {
    return raw("GET", "/api2/json" + path);
  }

  /** POST {@code /api2/json + path} with a form body such as {@code snapname=a&description=b}. */
  Response post(String path, String form) {
    return send("POST", "/api2/json" + path, form, "application/x-www-form-urlencoded");
  }

  Response put(String path, String form) {
    return send("PUT", "/api2/json" + path, form, "application/x-www-form-urlencoded");
  }

  Response delete(String path) {
    return raw("DELETE", "/api2/json" + path);
  }

  Response raw(String method, String fullPath) {
    return send(method, fullPath, null, null);
  }

  /** Any method with an optional body of {@code contentType}, such as {@code application/json}. */
  Response send(String method, String fullPath, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + fullPath))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body parsed when it is JSON. */
  record Response(HttpResponse<String> http) {
    int status() {
      return http.statusCode();
    }

    String body() {
      return http.body();
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(http.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    JsonNode data() {
      return json().get("data");
    }

    String message() {
      return json().path("message").asText();
    }
  }
}
