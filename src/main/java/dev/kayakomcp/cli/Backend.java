package dev.kayakomcp.cli;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.ResilienceSettings;
import dev.kayakomcp.config.Config;
import dev.kayakomcp.config.ConfigException;
import dev.kayakomcp.config.ConfigLoader;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.tools.AttachmentLimits;
import dev.kayakomcp.tools.Parallel;
import dev.kayakomcp.tools.Reports;
import dev.kayakomcp.tools.SearchResultCache;
import dev.kayakomcp.tools.TicketScans;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolRegistry;
import dev.kayakomcp.tools.WriteContext;
import dev.kayakomcp.tools.WriteSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Kayako a command talks to — a real helpdesk from the configuration, or an embedded emulator
 * with {@code --demo} — and everything built on it.
 */
final class Backend implements AutoCloseable {

  /** Kayako calls one tool may run side by side. */
  private static final int POOL_SIZE = 8;

  private final Config config;
  private final KayakoEmulator emulator;
  private final KayakoClient client;
  private final ExecutorService pool;
  private WriteContext writes = WriteContext.readOnly(Clock.systemUTC());

  // ---- resilience and speed (issue 6) ----
  private final Duration callDeadline;
  private final boolean noCache;
  private final Reports reports;
  private final int searchResultLimit;

  private Backend(Config config, KayakoEmulator emulator) {
    this(config, emulator, new ConnectionOptions());
  }

  private Backend(Config config, KayakoEmulator emulator, ConnectionOptions options) {
    this.config = config;
    this.emulator = emulator;
    this.callDeadline = Duration.ofSeconds(Math.max(1, options.callDeadlineSeconds));
    this.noCache = options.noCache;
    this.reports =
        new Reports(
            Math.max(1, options.reportMaxTickets),
            noCache ? Duration.ZERO : Reports.DEFAULT_CACHE_TTL);
    this.searchResultLimit = options.searchResultLimit;
    ClientSettings settings = settings(config);
    if (noCache) {
      settings = settings.withLookupTtl(Duration.ZERO);
    }
    this.client =
        new KayakoClient(
            settings,
            ResilienceSettings.defaults()
                .withMaxConcurrentCalls(Math.max(1, options.maxConcurrentCalls)));
    this.pool =
        Executors.newFixedThreadPool(
            POOL_SIZE,
            r -> {
              Thread t = new Thread(r, "kayako-call");
              t.setDaemon(true);
              return t;
            });
  }

  static Backend open(ConnectionOptions options, Map<String, String> env, Path workingDir)
      throws ConfigException {
    Duration connect = Duration.ofSeconds(Math.max(1, options.connectTimeoutSeconds));
    Duration read = Duration.ofSeconds(Math.max(1, options.readTimeoutSeconds));
    if (options.demo) {
      KayakoEmulator emulator = KayakoEmulator.start(EmulatorOptions.defaults());
      Config config =
          new Config(
              emulator.apiUrl(),
              Secret.of(emulator.apiKey()),
              Secret.of(emulator.secretKey()),
              connect,
              read);
      return new Backend(config, emulator, options);
    }
    Map<String, String> flags = new HashMap<>();
    putIfSet(flags, ConfigLoader.API_URL, options.apiUrl);
    putIfSet(flags, ConfigLoader.API_KEY, options.apiKey);
    putIfSet(flags, ConfigLoader.SECRET_KEY, options.secretKey);
    Config config = new ConfigLoader(flags, env, workingDir.resolve(".env")).load(connect, read);
    return new Backend(config, null, options);
  }

  /**
   * Opens the backend and, when writes are allowed, checks the staff identity they act as: a server
   * that would write as nobody, or as a disabled account, does not start.
   */
  static Backend open(
      ConnectionOptions options,
      WriteOptions writeOptions,
      Map<String, String> env,
      Path workingDir)
      throws ConfigException {
    Backend backend = open(options, env, workingDir);
    try {
      backend.writes = WritePolicy.resolve(writeOptions, env, backend.client, backend.isDemo());
      return backend;
    } catch (ConfigException | RuntimeException e) {
      backend.close();
      throw e;
    }
  }

  /**
   * Starts reading the lookup tables the server's instructions list, so the requests run while the
   * MCP server's classes load instead of after (cold start); failures are left to the instructions,
   * which fall back to static text.
   */
  void prefetchLookups() {
    pool.submit(client::departments);
    pool.submit(client::ticketStatuses);
  }

  WriteSettings writeSettings() {
    return writes.settings();
  }

  ToolRegistry registry() {
    return ToolRegistry.forWrites(writes.settings());
  }

  private static void putIfSet(Map<String, String> flags, String key, String value) {
    if (value != null && !value.isBlank()) {
      flags.put(key, value);
    }
  }

  static ClientSettings settings(Config config) {
    return ClientSettings.of(config.apiUrl(), config.apiKey(), config.secretKey())
        .withTimeouts(config.connectTimeout(), config.readTimeout());
  }

  Config config() {
    return config;
  }

  KayakoClient client() {
    return client;
  }

  boolean isDemo() {
    return emulator != null;
  }

  ToolContext toolContext() {
    return ToolContext.builder(client, new Parallel(pool))
        .searchCache(
            (noCache ? SearchResultCache.disabled() : SearchResultCache.standard())
                .resultLimit(searchResultLimit))
        .ticketScans(noCache ? TicketScans.disabled() : TicketScans.standard())
        .attachmentLimits(AttachmentLimits.fromEnvironment(System.getenv()))
        .writes(writes)
        .callDeadline(callDeadline)
        .reports(reports)
        .build();
  }

  @Override
  public void close() {
    pool.shutdownNow();
    if (emulator != null) {
      emulator.close();
    }
  }
}
