package dev.kayakomcp.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.kayakomcp.emulator.api.Context;
import dev.kayakomcp.emulator.api.Dispatcher;
import dev.kayakomcp.emulator.dataset.DatasetGenerator;
import dev.kayakomcp.emulator.http.ApiHandler;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Authenticator;
import dev.kayakomcp.emulator.http.ControlEndpoint;
import dev.kayakomcp.emulator.http.ResponseWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running Kayako Classic emulator: the REST API at {@link #apiUrl()} plus control routes under
 * {@code /_emulator/}. Start one with {@link #start(EmulatorOptions)}; close it to stop.
 *
 * <pre>{@code
 * try (KayakoEmulator kayako = KayakoEmulator.start(EmulatorOptions.defaults().helpdesk(h))) {
 *   String url = kayako.apiUrl(); // http://127.0.0.1:<port>/api/index.php
 * }
 * }</pre>
 */
public final class KayakoEmulator implements AutoCloseable {

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY each small answer
    // waits for the client's delayed ACK (~40 ms). Read once, when the server class loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Worker threads: enough for 16 concurrent clients plus a few held ("no answer") requests. */
  static final int THREADS = 32;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Helpdesk helpdesk;
  private final Faults faults;
  private final RequestLog requests;
  private final EmulatorSettings settings;
  private final String apiKey;
  private final String secretKey;
  private final String host;

  private KayakoEmulator(
      HttpServer server,
      ExecutorService executor,
      Helpdesk helpdesk,
      Faults faults,
      RequestLog requests,
      EmulatorSettings settings,
      String apiKey,
      String secretKey,
      String host) {
    this.server = server;
    this.executor = executor;
    this.helpdesk = helpdesk;
    this.faults = faults;
    this.requests = requests;
    this.settings = settings;
    this.apiKey = apiKey;
    this.secretKey = secretKey;
    this.host = host;
  }

  /**
   * Starts an emulator.
   *
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static KayakoEmulator start(EmulatorOptions options) {
    Helpdesk helpdesk = options.helpdesk();
    if (helpdesk == null) {
      helpdesk =
          DatasetGenerator.generate(options.seed(), options.tickets(), options.clock().instant());
    }
    Faults faults = new Faults().copyFrom(options.faults());
    EmulatorSettings settings = new EmulatorSettings().copyFrom(options.settings());
    Context ctx = new Context(helpdesk, settings, options.clock());
    RequestLog requests = new RequestLog();
    ApiHandler api =
        new ApiHandler(
            new Dispatcher(ctx),
            new Authenticator(options.apiKey(), options.secretKey()),
            settings,
            faults,
            requests);
    ControlEndpoint control =
        new ControlEndpoint(
            faults,
            settings,
            new Faults().copyFrom(options.faults()),
            new EmulatorSettings().copyFrom(options.settings()));
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 256);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + options.host() + ":" + options.port(), e);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "kayako-emulator-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
    server.setExecutor(executor);
    server.createContext(ApiHandler.PATH, api);
    server.createContext(ControlEndpoint.PATH, control);
    server.createContext(
        "/",
        ex -> {
          try (ex) {
            ex.getRequestBody().readAllBytes();
            ResponseWriter.send(ex, ApiResponse.text(404, "text/plain", "Not Found"));
          }
        });
    server.start();
    return new KayakoEmulator(
        server,
        executor,
        helpdesk,
        faults,
        requests,
        settings,
        options.apiKey(),
        options.secretKey(),
        options.host());
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://<host>:<port>} without a trailing slash. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port();
  }

  /** {@code http://<host>:<port>/api/index.php}, the value for {@code KAYAKO_API_URL}. */
  public String apiUrl() {
    return baseUrl() + ApiHandler.PATH;
  }

  /** {@code http://<host>:<port>/_emulator/}, the control routes. */
  public String controlUrl() {
    return baseUrl() + ControlEndpoint.PATH;
  }

  public String apiKey() {
    return apiKey;
  }

  public String secretKey() {
    return secretKey;
  }

  /** The served data; lock {@link Helpdesk#lock} when touching it while requests run. */
  public Helpdesk helpdesk() {
    return helpdesk;
  }

  /** Runtime faults; changes apply to the next request. */
  public Faults faults() {
    return faults;
  }

  /**
   * Every REST request received (control routes excluded), for counting what a client costs: {@code
   * requests().reset()} before, {@code requests().drain()} after.
   */
  public RequestLog requests() {
    return requests;
  }

  /** Runtime admin settings (API switch, post order, search result cap). */
  public EmulatorSettings settings() {
    return settings;
  }

  /** Stops listening at once and ends held requests. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
