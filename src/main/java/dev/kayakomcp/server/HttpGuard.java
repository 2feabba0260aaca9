package dev.kayakomcp.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in front of the SDK's HTTP transport servlet, as {@link StdioGuard} does for stdio. It
 * checks the bearer token, refuses bodies that are too large, not JSON, not one JSON-RPC message or
 * of the wrong content type with a JSON-RPC error, and rewrites every error the SDK or the servlet
 * container would send (the SDK serialises its exceptions, stack trace included) into a plain
 * JSON-RPC error body. Whatever goes wrong, no Java stack trace reaches the client.
 */
final class HttpGuard implements Filter {

  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;
  static final int METHOD_NOT_FOUND = -32601;
  static final int INTERNAL_ERROR = -32603;

  private static final Logger LOG = LoggerFactory.getLogger(HttpGuard.class);
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int MAX_MESSAGE_CHARS = 300;

  private final String endpoint;
  private final byte[] token;
  private final int maxRequestBytes;
  private final boolean stateless;

  /**
   * @param endpoint the MCP path, e.g. {@code /mcp}
   * @param token the bearer token required on the MCP endpoint, or null
   * @param maxRequestBytes largest accepted body
   */
  HttpGuard(String endpoint, String token, int maxRequestBytes) {
    this(endpoint, token, maxRequestBytes, false);
  }

  /**
   * As above; {@code stateless}: the server has no sessions, so resource subscriptions are refused
   * here with an explanation (the SDK would only say the method is not found).
   */
  HttpGuard(String endpoint, String token, int maxRequestBytes, boolean stateless) {
    this.stateless = stateless;
    this.endpoint = endpoint;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    String path = request.getRequestURI();
    if (HttpMcpServer.HEALTH_PATH.equals(path)) {
      if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
        chain.doFilter(request, response);
      } else {
        write(response, 405, METHOD_NOT_FOUND, "Method Not Allowed: GET " + path + ".");
      }
      return;
    }
    if (!endpoint.equals(path)) {
      write(response, 404, METHOD_NOT_FOUND, "Not found: MCP is served at " + endpoint + ".");
      return;
    }
    if (token != null && !authorized(request)) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"kayako-mcp\"");
      write(
          response,
          401,
          INVALID_REQUEST,
          "Unauthorized: send the server's token as \"Authorization: Bearer <token>\".");
      return;
    }
    HttpServletRequest forward = request;
    if ("POST".equals(request.getMethod())) {
      forward = checkedPost(request, response);
      if (forward == null) {
        return;
      }
    }
    ErrorRewriter rewriter = new ErrorRewriter(response);
    try {
      chain.doFilter(forward, rewriter);
    } catch (IOException | ServletException | RuntimeException e) {
      LOG.error("HTTP request to {} failed", path, e);
      if (!response.isCommitted()) {
        response.resetBuffer();
        write(response, 500, INTERNAL_ERROR, "Internal error; it was logged on the server.");
      }
      return;
    }
    rewriter.finish();
  }

  private boolean authorized(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token);
  }

  /** The request with its body read and checked, or null when it has been answered. */
  private HttpServletRequest checkedPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String type = request.getContentType();
    String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      write(
          response,
          415,
          INVALID_REQUEST,
          "Unsupported Media Type: send one JSON-RPC message with Content-Type: application/json.");
      return null;
    }
    if (request.getContentLengthLong() > maxRequestBytes) {
      tooLarge(response);
      return null;
    }
    byte[] body = readAtMost(request.getInputStream(), maxRequestBytes);
    if (body == null) {
      tooLarge(response);
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (RuntimeException e) {
      write(response, 400, PARSE_ERROR, "Parse error: the body is not valid JSON.");
      return null;
    }
    if (node == null || node.isMissingNode()) {
      write(response, 400, PARSE_ERROR, "Parse error: the body is empty.");
      return null;
    }
    if (node.isArray()) {
      write(
          response,
          400,
          INVALID_REQUEST,
          "Invalid Request: batches are not supported; send one message per request.");
      return null;
    }
    if (!node.isObject()) {
      write(response, 400, INVALID_REQUEST, "Invalid Request: a message must be a JSON object.");
      return null;
    }
    JsonNode id = node.get("id");
    Object idValue =
        id == null || !(id.isString() || id.isIntegralNumber())
            ? null
            : JSON.treeToValue(id, Object.class);
    JsonNode version = node.get("jsonrpc");
    if (version == null || !version.isString() || !"2.0".equals(version.asString())) {
      write(
          response, 400, idValue, INVALID_REQUEST, "Invalid Request: \"jsonrpc\" must be \"2.0\".");
      return null;
    }
    JsonNode method = node.get("method");
    if (method == null && !(id != null && (node.has("result") || node.has("error")))) {
      write(
          response,
          400,
          idValue,
          INVALID_REQUEST,
          "Invalid Request: neither a request, a notification nor a response.");
      return null;
    }
    if (method != null && !method.isString()) {
      write(
          response, 400, idValue, INVALID_REQUEST, "Invalid Request: \"method\" must be a string.");
      return null;
    }
    JsonNode params = node.get("params");
    if (params != null && !params.isObject() && !params.isNull()) {
      write(
          response,
          400,
          idValue,
          INVALID_REQUEST,
          "Invalid Request: \"params\" must be an object.");
      return null;
    }
    if (id != null && idValue == null && method != null) {
      write(
          response,
          400,
          INVALID_REQUEST,
          "Invalid Request: \"id\" must be a string or an integer.");
      return null;
    }
    if (stateless
        && method != null
        && SUBSCRIPTION_METHODS.contains(method.asString())
        && idValue != null) {
      write(
          response,
          200,
          idValue,
          METHOD_NOT_FOUND,
          method.asString()
              + " is not available: this server runs with --stateless, which keeps no session to"
              + " send notifications/resources/updated to. Read the resource again to see changes,"
              + " or connect to a server started without --stateless.");
      return null;
    }
    return new CachedBody(request, body);
  }

  private static final java.util.Set<String> SUBSCRIPTION_METHODS =
      java.util.Set.of("resources/subscribe", "resources/unsubscribe");

  private void tooLarge(HttpServletResponse response) throws IOException {
    write(
        response,
        413,
        INVALID_REQUEST,
        "Request too large: a message may be at most " + maxRequestBytes + " bytes.");
  }

  /** The whole stream, or null when it is longer than {@code max}. */
  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (out.size() + n > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static void write(HttpServletResponse response, int status, int code, String message)
      throws IOException {
    write(response, status, null, code, message);
  }

  static void write(HttpServletResponse response, int status, Object id, int code, String message)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jsonrpc", "2.0");
    body.put("id", id);
    body.put("error", error);
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    ServletOutputStream out = response.getOutputStream();
    out.write(bytes);
    out.flush();
  }

  /** A short, single-line message safe to show: no stack trace, no class names beyond it. */
  static String clean(String message, String fallback) {
    if (message == null || message.isBlank()) {
      return fallback;
    }
    String line = message.strip();
    int nl = line.indexOf('\n');
    if (nl >= 0) {
      line = line.substring(0, nl).strip();
    }
    int at = line.indexOf("\tat ");
    if (at >= 0) {
      line = line.substring(0, at).strip();
    }
    return line.length() > MAX_MESSAGE_CHARS ? line.substring(0, MAX_MESSAGE_CHARS) + "…" : line;
  }

  /** JSON-RPC code for an HTTP error status the SDK or the container chose. */
  static int codeFor(int status) {
    return switch (status) {
      case 405 -> METHOD_NOT_FOUND;
      case 500, 503 -> INTERNAL_ERROR;
      default -> INVALID_REQUEST;
    };
  }

  /** The request with its already-read body replayed to the SDK. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("blocking reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  /**
   * Catches the error responses of the servlet behind: {@code sendError} (the container would
   * render a page) and bodies written with an error status (the SDK writes its exception as JSON,
   * stack trace and all). Both become a JSON-RPC error with a one-line message.
   */
  private static final class ErrorRewriter extends HttpServletResponseWrapper {
    private final HttpServletResponse real;
    private int status = 200;
    private StringWriter captured;
    private PrintWriter capturedWriter;
    private boolean sentError;

    ErrorRewriter(HttpServletResponse real) {
      super(real);
      this.real = real;
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
      sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      sentError = true;
      status = sc;
      write(real, sc, codeFor(sc), clean(msg, defaultMessage(sc)));
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (status >= 400) {
        if (capturedWriter == null) {
          captured = new StringWriter();
          capturedWriter = new PrintWriter(captured);
        }
        return capturedWriter;
      }
      return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (status >= 400) {
        throw new IllegalStateException("error bodies are written by the guard");
      }
      return super.getOutputStream();
    }

    /** Rewrites a captured error body, once the servlet behind has returned. */
    void finish() throws IOException {
      if (sentError || captured == null) {
        return;
      }
      capturedWriter.flush();
      int code = codeFor(status);
      String message = defaultMessage(status);
      try {
        JsonNode node = JSON.readTree(captured.toString());
        JsonNode error = node.has("jsonRpcError") ? node.get("jsonRpcError") : node.get("error");
        // The SDK's own codes are kept for server errors only: for a refused request it picks
        // e.g. "method not found" for a missing session header, which misleads.
        if (status >= 500
            && error != null
            && error.has("code")
            && error.get("code").isIntegralNumber()) {
          code = error.get("code").asInt();
        }
        JsonNode text =
            error != null && error.has("message") ? error.get("message") : node.get("message");
        if (text != null && text.isString()) {
          message = clean(text.asString(), message);
        }
      } catch (RuntimeException e) {
        LOG.debug("Unreadable error body from the transport: {}", e.toString());
      }
      real.resetBuffer();
      write(real, status, code, message);
    }

    private static String defaultMessage(int status) {
      return switch (status) {
        case 400 -> "Bad Request";
        case 403 -> "Forbidden";
        case 404 -> "Not Found";
        case 405 -> "Method Not Allowed";
        case 413 -> "Request too large";
        case 421 -> "Misdirected Request: this Host is not allowed";
        case 503 -> "Server is shutting down";
        default -> "HTTP error " + status;
      };
    }
  }
}
