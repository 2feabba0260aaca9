package dev.kayakomcp.emulator;

import dev.kayakomcp.client.RequestSigner;
import dev.kayakomcp.xml.SafeXml;
import dev.kayakomcp.xml.XmlNode;
import dev.kayakomcp.xml.XmlParseException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A test client for the emulator: signs with {@link RequestSigner}, puts auth where Kayako reads it
 * (query for GET/DELETE, body for POST/PUT) and uses the {@code e} routing style.
 */
final class Api {

  static final String SALT = "1234567890";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final KayakoEmulator kayako;

  Api(KayakoEmulator kayako) {
    this.kayako = kayako;
  }

  /** Parses a response body with the project's hardened parser. */
  static XmlNode xml(String body) {
    try {
      return SafeXml.parse(body.getBytes(StandardCharsets.UTF_8));
    } catch (XmlParseException e) {
      throw new AssertionError("not XML: " + body, e);
    }
  }

  /** {@code apiUrl?e=route&auth}. */
  String kayakoUrl(String route) {
    return kayako.apiUrl() + "?e=" + route + "&" + auth();
  }

  /** {@code apiUrl?e=route}. */
  String kayakoUrlNoAuth(String route) {
    return kayako.apiUrl() + "?e=" + route;
  }

  String signature() {
    return RequestSigner.sign(kayako.secretKey(), SALT);
  }

  /** {@code apikey=…&salt=…&signature=…}, URL-encoded. */
  String auth() {
    return "apikey=" + enc(kayako.apiKey()) + "&salt=" + SALT + "&signature=" + enc(signature());
  }

  HttpResponse<String> get(String route) {
    return send("GET", kayako.apiUrl() + "?e=" + route + "&" + auth(), null, null);
  }

  HttpResponse<String> delete(String route) {
    return send("DELETE", kayako.apiUrl() + "?e=" + route + "&" + auth(), null, null);
  }

  /** POST with form fields given as name, value, name, value... */
  HttpResponse<String> post(String route, String... fields) {
    return send(
        "POST",
        kayako.apiUrl() + "?e=" + route,
        form(fields) + "&" + auth(),
        "application/x-www-form-urlencoded");
  }

  HttpResponse<String> put(String route, String... fields) {
    return send(
        "PUT",
        kayako.apiUrl() + "?e=" + route,
        form(fields) + "&" + auth(),
        "application/x-www-form-urlencoded");
  }

  /** Any request: full URL, optional body and content type. */
  HttpResponse<String> send(String method, String url, String body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Raw send that lets the caller see IOExceptions (fault tests). */
  static HttpResponse<String> raw(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String form(String... fields) {
    StringJoiner j = new StringJoiner("&");
    for (int i = 0; i + 1 < fields.length; i += 2) {
      j.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
    }
    return j.toString();
  }

  static String form(Map<String, String> fields) {
    List<String> flat = new ArrayList<>();
    fields.forEach(
        (k, v) -> {
          flat.add(k);
          flat.add(v);
        });
    return form(flat.toArray(String[]::new));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
