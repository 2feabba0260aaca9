package dev.kayakomcp.emulator.http;

import java.nio.charset.StandardCharsets;

/**
 * What the emulator answers: a status, a content type and a UTF-8 body. An empty body is sent with
 * {@code Content-Length: 0}.
 */
public record ApiResponse(int status, String contentType, byte[] body) {

  /** Kayako sets this header after authentication, on XML and on plain-text errors alike. */
  public static final String XML = "text/xml";

  /** What PHP sends when nothing set a content type yet (errors raised before authentication). */
  public static final String PHP_DEFAULT = "text/html; charset=UTF-8";

  public static ApiResponse xml(String document) {
    return new ApiResponse(200, XML, document.getBytes(StandardCharsets.UTF_8));
  }

  public static ApiResponse emptyOk() {
    return new ApiResponse(200, XML, new byte[0]);
  }

  public static ApiResponse text(int status, String contentType, String body) {
    return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
