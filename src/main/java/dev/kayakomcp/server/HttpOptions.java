package dev.kayakomcp.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * How the HTTP transport listens and whom it lets in.
 *
 * @param host address to bind; loopback by default
 * @param port port to bind; 0 picks a free one
 * @param token bearer token every MCP request must carry, or null for none (loopback only)
 * @param allowedOrigins extra browser origins allowed besides localhost ones (exact, or with {@code
 *     :*} for any port)
 * @param allowedHosts extra Host header values allowed besides localhost ones
 * @param stateless use the SDK's stateless transport: no sessions, no server-to-client messages
 * @param maxRequestBytes largest accepted request body
 * @param shutdownGrace how long a graceful stop waits for requests in flight
 */
public record HttpOptions(
    String host,
    int port,
    String token,
    List<String> allowedOrigins,
    List<String> allowedHosts,
    boolean stateless,
    int maxRequestBytes,
    Duration shutdownGrace) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8765;
  public static final int DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

  public HttpOptions {
    allowedOrigins = List.copyOf(allowedOrigins);
    allowedHosts = List.copyOf(allowedHosts);
    if (token != null && token.isBlank()) {
      token = null;
    }
  }

  /** Loopback on the given port, no token, stateful. */
  public static HttpOptions loopback(int port) {
    return new HttpOptions(
        DEFAULT_HOST,
        port,
        null,
        List.of(),
        List.of(),
        false,
        DEFAULT_MAX_REQUEST_BYTES,
        Duration.ofSeconds(10));
  }

  public HttpOptions withToken(String newToken) {
    return new HttpOptions(
        host,
        port,
        newToken,
        allowedOrigins,
        allowedHosts,
        stateless,
        maxRequestBytes,
        shutdownGrace);
  }

  public HttpOptions withStateless(boolean newStateless) {
    return new HttpOptions(
        host,
        port,
        token,
        allowedOrigins,
        allowedHosts,
        newStateless,
        maxRequestBytes,
        shutdownGrace);
  }

  public HttpOptions withMaxRequestBytes(int bytes) {
    return new HttpOptions(
        host, port, token, allowedOrigins, allowedHosts, stateless, bytes, shutdownGrace);
  }

  /** Whether {@link #host} is a loopback address (or a name that resolves only to one). */
  public boolean isLoopback() {
    if ("localhost".equalsIgnoreCase(host)) {
      return true;
    }
    try {
      InetAddress[] all = InetAddress.getAllByName(host);
      for (InetAddress a : all) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return all.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Refuses a configuration that would expose the helpdesk without authentication.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public void check() {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port + ".");
    }
    if (token == null && !isLoopback()) {
      throw new IllegalArgumentException(
          "refusing to serve HTTP on "
              + host
              + " without a bearer token: anyone who can reach this address could read the"
              + " helpdesk. Set KAYAKO_MCP_HTTP_TOKEN to a long random secret (clients then send"
              + " \"Authorization: Bearer <token>\"), or bind to 127.0.0.1.");
    }
  }
}
