package dev.kayakomcp.cli;

import dev.kayakomcp.server.HttpOptions;
import dev.kayakomcp.server.ServerFeatures;
import dev.kayakomcp.tools.ToolFilter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How to serve: the transport (stdio, or HTTP with its address and access rules) and which tools to
 * expose. Flags win over the environment.
 */
final class ServeOptions {

  static final String ENV_TOKEN = "KAYAKO_MCP_HTTP_TOKEN";
  static final String ENV_ALLOWED_ORIGINS = "KAYAKO_MCP_ALLOWED_ORIGINS";
  static final String ENV_ALLOWED_HOSTS = "KAYAKO_MCP_ALLOWED_HOSTS";
  static final String ENV_TOOLSETS = "KAYAKO_TOOLSETS";
  static final String ENV_TOOLS = "KAYAKO_TOOLS";
  static final String ENV_EXCLUDE_TOOLS = "KAYAKO_EXCLUDE_TOOLS";
  static final String ENV_READ_ONLY = "KAYAKO_READ_ONLY";
  static final String ENV_POLL_SECONDS = "KAYAKO_POLL_SECONDS";

  /** Polling more often than this would spend Kayako's rate limit on nothing. */
  static final int MIN_POLL_SECONDS = 1;

  @Option(
      names = "--poll-seconds",
      paramLabel = "SECONDS",
      description =
          "How often subscribed tickets and queues are checked for changes (default 30; env "
              + ENV_POLL_SECONDS
              + "). Kayako is read only while a client is subscribed.")
  Integer pollSeconds;

  @Option(
      names = "--http",
      description =
          "Serve MCP over Streamable HTTP at http://HOST:PORT/mcp instead of stdio"
              + " (health check at /healthz).")
  boolean http;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = HttpOptions.DEFAULT_HOST,
      description =
          "Address to bind with --http (default: ${DEFAULT-VALUE}). Anything beyond loopback"
              + " requires "
              + ENV_TOKEN
              + ".")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "" + HttpOptions.DEFAULT_PORT,
      description = "Port for --http (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(
      names = "--stateless",
      description =
          "With --http: no sessions; every request stands alone (no progress or log"
              + " notifications).")
  boolean stateless;

  @Option(
      names = "--allowed-origins",
      paramLabel = "LIST",
      description =
          "With --http: browser origins allowed besides localhost, comma-separated, e.g."
              + " https://app.example.com or http://host:* (env "
              + ENV_ALLOWED_ORIGINS
              + ").")
  String allowedOrigins;

  @Option(
      names = "--allowed-hosts",
      paramLabel = "LIST",
      description =
          "With --http: Host header values allowed besides localhost, e.g. mcp.example.com:8765"
              + " (env "
              + ENV_ALLOWED_HOSTS
              + ").")
  String allowedHosts;

  @Option(
      names = "--toolsets",
      paramLabel = "LIST",
      description =
          "Toolsets to expose, comma-separated (tickets, lookups, ...; default: all)"
              + " (env "
              + ENV_TOOLSETS
              + ").")
  String toolsets;

  @Option(
      names = "--tools",
      paramLabel = "LIST",
      description =
          "Tools to expose by name, added to --toolsets; alone, only these (env "
              + ENV_TOOLS
              + ").")
  String tools;

  @Option(
      names = "--exclude-tools",
      paramLabel = "LIST",
      description = "Tools never to expose (env " + ENV_EXCLUDE_TOOLS + ").")
  String excludeTools;

  @Option(
      names = "--read-only",
      description =
          "Only read-only tools, whatever else is enabled (env " + ENV_READ_ONLY + "=true).")
  boolean readOnly;

  ToolFilter toolFilter(Map<String, String> env) {
    return ToolFilter.parse(
        or(toolsets, env.get(ENV_TOOLSETS)),
        or(tools, env.get(ENV_TOOLS)),
        or(excludeTools, env.get(ENV_EXCLUDE_TOOLS)),
        readOnly || isTrue(env.get(ENV_READ_ONLY)));
  }

  /**
   * The live-update poll interval: the flag, else the environment, else 30 s.
   *
   * @throws IllegalArgumentException when it is not a whole number of seconds, at least one
   */
  Duration pollInterval(Map<String, String> env) {
    Integer seconds = pollSeconds;
    String raw = env.get(ENV_POLL_SECONDS);
    if (seconds == null && raw != null && !raw.isBlank()) {
      try {
        seconds = Integer.valueOf(raw.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            ENV_POLL_SECONDS + " must be a whole number of seconds, not '" + raw.strip() + "'");
      }
    }
    if (seconds == null) {
      return ServerFeatures.DEFAULT_POLL_INTERVAL;
    }
    if (seconds < MIN_POLL_SECONDS) {
      throw new IllegalArgumentException(
          "--poll-seconds must be at least " + MIN_POLL_SECONDS + ", not " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }

  HttpOptions httpOptions(Map<String, String> env) {
    return new HttpOptions(
        host,
        port,
        env.get(ENV_TOKEN),
        list(or(allowedOrigins, env.get(ENV_ALLOWED_ORIGINS))),
        list(or(allowedHosts, env.get(ENV_ALLOWED_HOSTS))),
        stateless,
        HttpOptions.DEFAULT_MAX_REQUEST_BYTES,
        Duration.ofSeconds(10));
  }

  private static String or(String flag, String env) {
    return flag != null && !flag.isBlank() ? flag : env;
  }

  private static boolean isTrue(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.equals("true") || v.equals("1") || v.equals("yes");
  }

  private static List<String> list(String csv) {
    if (csv == null) {
      return List.of();
    }
    return java.util.Arrays.stream(csv.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
