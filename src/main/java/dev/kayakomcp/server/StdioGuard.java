package dev.kayakomcp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands between stdin and the SDK's stdio transport, which stops the whole server on a line it
 * cannot parse and leaves requests sent before {@code notifications/initialized} unanswered. Each
 * input line is checked here first: good lines pass through unchanged; a malformed line, a batch,
 * an invalid request, an oversized line or a premature request is answered here with a JSON-RPC
 * error and never reaches the SDK.
 *
 * <p>Answers are written under the output stream's monitor, the lock the SDK takes for each of its
 * own lines, so the two never interleave.
 */
public final class StdioGuard extends InputStream {

  /** JSON-RPC error codes. */
  static final int PARSE_ERROR = -32700;

  static final int INVALID_REQUEST = -32600;

  private static final Logger LOG = LoggerFactory.getLogger(StdioGuard.class);
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final InputStream in;
  private final OutputStream out;
  private final int maxLineBytes;
  private final AtomicBoolean initialized = new AtomicBoolean(false);
  private final CountDownLatch closed = new CountDownLatch(1);
  private byte[] current = new byte[0];
  private int position;

  /**
   * @param in the real standard input
   * @param out the stream the SDK transport writes to (its monitor is the write lock)
   * @param maxLineBytes longest accepted line; longer ones are refused
   */
  public StdioGuard(InputStream in, OutputStream out, int maxLineBytes) {
    this.in = in;
    this.out = out;
    this.maxLineBytes = maxLineBytes;
  }

  /** Released when standard input has ended. */
  public CountDownLatch closed() {
    return closed;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (position >= current.length) {
      byte[] next = nextAcceptedLine();
      if (next == null) {
        closed.countDown();
        return -1;
      }
      current = next;
      position = 0;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    in.close();
  }

  /** The next line to hand to the SDK, with its newline; null at end of input. */
  private byte[] nextAcceptedLine() throws IOException {
    while (true) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      boolean tooLong = false;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (line.size() < maxLineBytes) {
          line.write(b);
        } else {
          tooLong = true;
        }
      }
      if (b == -1 && line.size() == 0) {
        return null;
      }
      if (tooLong) {
        // The id, when the line's start shows it, lets the client end that call at once.
        reply(
            JsonRpcIds.topLevelId(line.toByteArray(), line.size()),
            INVALID_REQUEST,
            "Request too large: a message may be at most " + maxLineBytes + " bytes.");
        continue;
      }
      String text = line.toString(StandardCharsets.UTF_8).strip();
      if (text.isEmpty()) {
        continue;
      }
      if (accept(text)) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
      }
      if (b == -1) {
        return null;
      }
    }
  }

  /** Whether the SDK may see this line; when not, the sender has been answered. */
  private boolean accept(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (RuntimeException e) {
      reply(null, PARSE_ERROR, "Parse error: the line is not valid JSON.");
      return false;
    }
    if (node == null || node.isArray()) {
      reply(
          null,
          INVALID_REQUEST,
          "Invalid Request: batches are not supported; send one message per line.");
      return false;
    }
    if (!node.isObject()) {
      reply(null, INVALID_REQUEST, "Invalid Request: a message must be a JSON object.");
      return false;
    }
    JsonNode id = node.get("id");
    Object idValue =
        id == null || !(id.isString() || id.isIntegralNumber())
            ? null
            : JSON.treeToValue(id, Object.class);
    if (!"2.0".equals(textOf(node.get("jsonrpc")))) {
      reply(idValue, INVALID_REQUEST, "Invalid Request: \"jsonrpc\" must be \"2.0\".");
      return false;
    }
    JsonNode method = node.get("method");
    if (method == null) {
      if (id != null && (node.has("result") || node.has("error"))) {
        return true;
      }
      if (idValue != null) {
        // An id but no method, result or error: a request missing its method (JSON-RPC 2.0 §5).
        reply(idValue, INVALID_REQUEST, "Invalid Request: \"method\" is missing.");
        return false;
      }
      LOG.warn("Dropped a message that is neither a request, a notification nor a response");
      return false;
    }
    if (!method.isString()) {
      reply(idValue, INVALID_REQUEST, "Invalid Request: \"method\" must be a string.");
      return false;
    }
    JsonNode params = node.get("params");
    if (params != null && !params.isObject() && !params.isArray() && !params.isNull()) {
      reply(idValue, INVALID_REQUEST, "Invalid Request: \"params\" must be an object.");
      return false;
    }
    String name = method.asString();
    if (id == null) {
      if ("notifications/initialized".equals(name)) {
        initialized.set(true);
      }
      return true;
    }
    if (idValue == null) {
      reply(null, INVALID_REQUEST, "Invalid Request: \"id\" must be a string or an integer.");
      return false;
    }
    if (!initialized.get() && !"initialize".equals(name) && !"ping".equals(name)) {
      reply(
          idValue,
          INVALID_REQUEST,
          "Server not initialized: send \"initialize\", then the \"notifications/initialized\""
              + " notification, before \""
              + name
              + "\".");
      return false;
    }
    return true;
  }

  private static String textOf(JsonNode node) {
    return node != null && node.isString() ? node.asString() : null;
  }

  private void reply(Object id, int code, String message) {
    LOG.warn("Answered a bad input line with JSON-RPC error {}: {}", code, message);
    Map<String, Object> error = Map.of("code", code, "message", message);
    java.util.LinkedHashMap<String, Object> response = new java.util.LinkedHashMap<>();
    response.put("jsonrpc", "2.0");
    response.put("id", id);
    response.put("error", error);
    byte[] bytes = (JSON.writeValueAsString(response) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (out) {
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        LOG.debug("Could not answer a bad input line: the client has gone", e);
      }
    }
  }
}
