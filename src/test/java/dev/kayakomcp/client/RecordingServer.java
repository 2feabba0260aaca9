package dev.kayakomcp.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny HTTP server on 127.0.0.1 with a random port that records every request and answers from a
 * table keyed by route (the {@code e} parameter, or the standard-style route).
 */
final class RecordingServer implements AutoCloseable {

  /** One recorded request. */
  record Recorded(
      String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

    /** The route from either style. */
    String route() {
      Map<String, String> q = query();
      if (q.containsKey("e")) {
        return q.get("e");
      }
      String raw = rawQuery == null ? "" : rawQuery;
      int amp = raw.indexOf('&');
      return amp < 0 ? raw : raw.substring(0, amp);
    }

    Map<String, String> query() {
      return decode(rawQuery);
    }

    Map<String, String> form() {
      return decode(body);
    }

    List<String> formKeys() {
      return new ArrayList<>(form().keySet());
    }

    String header(String name) {
      for (Map.Entry<String, List<String>> h : headers.entrySet()) {
        if (h.getKey().equalsIgnoreCase(name)) {
          return h.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** A canned answer. */
  record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    static Answer xml(byte[] body) {
      return new Answer(200, "text/xml", body, Map.of());
    }

    static Answer xml(String body) {
      return xml(body.getBytes(StandardCharsets.UTF_8));
    }

    static Answer text(int status, String body) {
      // Kayako labels plain-text errors as XML after authentication; mimic that.
      return new Answer(status, "text/xml", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
  }

  private final HttpServer server;
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private volatile Answer fallback = Answer.text(404, "no canned answer");
  private volatile long delayMillis;

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL a user would paste. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/index.php";
  }

  RecordingServer on(String route, Answer answer) {
    answers.put(route, answer);
    return this;
  }

  RecordingServer otherwise(Answer answer) {
    fallback = answer;
    return this;
  }

  RecordingServer delay(long millis) {
    delayMillis = millis;
    return this;
  }

  List<Recorded> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  Recorded last() {
    List<Recorded> all = requests();
    return all.get(all.size() - 1);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Recorded r =
          new Recorded(
              ex.getRequestMethod(),
              ex.getRequestURI().getRawPath(),
              ex.getRequestURI().getRawQuery(),
              Map.copyOf(ex.getRequestHeaders()),
              body);
      requests.add(r);
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Answer a = answers.getOrDefault(r.route(), fallback);
      ex.getResponseHeaders().set("Content-Type", a.contentType());
      a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      ex.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
      if (a.body().length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(a.body());
        }
      }
    }
  }

  static Map<String, String> decode(String s) {
    Map<String, String> m = new LinkedHashMap<>();
    if (s == null || s.isEmpty()) {
      return m;
    }
    for (String part : s.split("&")) {
      int eq = part.indexOf('=');
      String k = eq < 0 ? part : part.substring(0, eq);
      String v = eq < 0 ? "" : part.substring(eq + 1);
      m.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return m;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
