package dev.kayakomcp.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors — requests refused before they reach the servlet (a malformed request line,
 * headers too large, a bad URI) — as JSON-RPC error bodies instead of HTML pages, without the
 * cause. Errors inside the MCP endpoint are handled by {@link HttpGuard}.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    return ByteBuffer.wrap(body(status));
  }

  static byte[] body(int status) {
    String reason = HttpStatus.getMessage(status);
    return ("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":"
            + HttpGuard.codeFor(status)
            + ",\"message\":\""
            + (reason == null ? "HTTP error " + status : reason).replace("\"", "'")
            + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
