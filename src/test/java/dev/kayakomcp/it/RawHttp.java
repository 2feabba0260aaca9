package dev.kayakomcp.it;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLSession;

/** One HTTP/1.1 request over a plain socket, for headers java.net.http will not send (Host). */
final class RawHttp {

  private RawHttp() {}

  static HttpResponse<String> post(
      int port, String body, String contentType, String authorization, Map<String, String> headers)
      throws Exception {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder req = new StringBuilder("POST /mcp HTTP/1.1\r\n");
    if (!headers.containsKey("Host")) {
      req.append("Host: 127.0.0.1:").append(port).append("\r\n");
    }
    headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
    req.append("Content-Type: ").append(contentType).append("\r\n");
    req.append("Accept: application/json, text/event-stream\r\n");
    if (authorization != null) {
      req.append("Authorization: ").append(authorization).append("\r\n");
    }
    req.append("Content-Length: ").append(payload.length).append("\r\n");
    req.append("Connection: close\r\n\r\n");
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = text.substring(0, split);
      String rest = text.substring(split + 4);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 1; i < lines.length; i++) {
        int c = lines[i].indexOf(':');
        h.computeIfAbsent(lines[i].substring(0, c).strip(), k -> new ArrayList<>())
            .add(lines[i].substring(c + 1).strip());
      }
      String responseBody =
          h.getOrDefault("Transfer-Encoding", List.of()).contains("chunked") ? unchunk(rest) : rest;
      return new Response(status, HttpHeaders.of(h, (a, b) -> true), responseBody);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    while (pos < chunked.length()) {
      int eol = chunked.indexOf("\r\n", pos);
      int size = Integer.parseInt(chunked.substring(pos, eol).strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(chunked, eol + 2, eol + 2 + size);
      pos = eol + 2 + size + 2;
    }
    return out.toString();
  }

  private record Response(int statusCode, HttpHeaders headers, String body)
      implements HttpResponse<String> {
    @Override
    public HttpRequest request() {
      return HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).build();
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public URI uri() {
      return request().uri();
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
