package dev.kayakomcp.client;

import dev.kayakomcp.config.Secret;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything {@link KayakoClient} needs. The base URL is normalised by {@link ApiEndpoint}, which
 * also rejects a bad one here, at construction. Secrets print as {@code ****}.
 *
 * @param baseUrl the helpdesk or API URL as the user pasted it
 * @param apiKey the API key from Admin CP › REST API
 * @param secretKey the secret key from the same page, used as-is (not base64-decoded)
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long to wait for a whole response
 * @param lookupTtl how long lookup tables stay cached; {@link Duration#ZERO} turns caching off
 * @param userAgent the {@code User-Agent} header
 * @param routeStyle {@code ?e=/…} (default) or the standard {@code ?/…} style
 */
public record ClientSettings(
    String baseUrl,
    Secret apiKey,
    Secret secretKey,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration lookupTtl,
    String userAgent,
    ApiEndpoint.RouteStyle routeStyle) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_LOOKUP_TTL = Duration.ofMinutes(10);
  public static final String DEFAULT_USER_AGENT = "kayako-mcp/0.1";

  public ClientSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(secretKey, "secretKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException(
          "The Kayako API key is empty; copy it from Admin CP › REST API › API Information");
    }
    if (secretKey.isBlank()) {
      throw new IllegalArgumentException(
          "The Kayako secret key is empty; copy it from Admin CP › REST API › API Information");
    }
    connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
    requestTimeout = positive(requestTimeout, DEFAULT_REQUEST_TIMEOUT, "requestTimeout");
    lookupTtl = lookupTtl == null ? DEFAULT_LOOKUP_TTL : lookupTtl;
    if (lookupTtl.isNegative()) {
      throw new IllegalArgumentException("lookupTtl must not be negative");
    }
    userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
    routeStyle = routeStyle == null ? ApiEndpoint.RouteStyle.E_PARAMETER : routeStyle;
    ApiEndpoint.parse(baseUrl, routeStyle); // fail fast with the user-facing message
  }

  /** Settings with default timeouts, cache TTL, user agent and the {@code ?e=} style. */
  public static ClientSettings of(String baseUrl, Secret apiKey, Secret secretKey) {
    return new ClientSettings(baseUrl, apiKey, secretKey, null, null, null, null, null);
  }

  /** The normalised endpoint. */
  public ApiEndpoint endpoint() {
    return ApiEndpoint.parse(baseUrl, routeStyle);
  }

  public ClientSettings withTimeouts(Duration connect, Duration request) {
    return new ClientSettings(
        baseUrl, apiKey, secretKey, connect, request, lookupTtl, userAgent, routeStyle);
  }

  public ClientSettings withLookupTtl(Duration ttl) {
    return new ClientSettings(
        baseUrl, apiKey, secretKey, connectTimeout, requestTimeout, ttl, userAgent, routeStyle);
  }

  public ClientSettings withUserAgent(String agent) {
    return new ClientSettings(
        baseUrl, apiKey, secretKey, connectTimeout, requestTimeout, lookupTtl, agent, routeStyle);
  }

  public ClientSettings withRouteStyle(ApiEndpoint.RouteStyle style) {
    return new ClientSettings(
        baseUrl, apiKey, secretKey, connectTimeout, requestTimeout, lookupTtl, userAgent, style);
  }

  private static Duration positive(Duration d, Duration fallback, String name) {
    if (d == null) {
      return fallback;
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return d;
  }
}
