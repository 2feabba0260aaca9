package dev.kayakomcp.cli;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.RequestSigner;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.tools.Parallel;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.xml.SafeXml;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kayako-mcp bench}: measures, against an in-process emulator, the cold start of the server
 * to its {@code initialize} answer and the cost of {@code kayako_get_ticket} through MCP against a
 * raw signed GET and parse of the same ticket.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Measure cold start and MCP overhead against the embedded emulator.")
final class BenchCommand implements Callable<Integer> {

  private final Streams streams;

  @Option(names = "--starts", defaultValue = "9", description = "Cold starts to time (median).")
  int starts;

  @Option(names = "--calls", defaultValue = "3000", description = "Timed calls per path.")
  int calls;

  @Option(
      names = "--clients",
      defaultValue = "1,4,16",
      split = ",",
      description = "Concurrent callers for the throughput runs (default: ${DEFAULT-VALUE}).")
  int[] clients;

  @Option(
      names = "--load-seconds",
      defaultValue = "8",
      description = "Seconds per throughput level, after a warm-up as long.")
  int loadSeconds;

  @Option(
      names = "--list-tickets",
      defaultValue = "100000",
      description = "Tickets in the helpdesk paged through for the memory run (0 skips it).")
  int listTickets;

  @Option(
      names = "--live-sessions",
      defaultValue = "50",
      description = "Sessions subscribed during the live-update run (0 skips it).")
  int liveSessions;

  @Option(
      names = "--live-tickets",
      defaultValue = "1000",
      description = "Tickets subscribed, spread over the sessions, in the live-update run.")
  int liveTickets;

  @Option(
      names = "--only-live",
      description = "Run only the live-update scenario (subscriptions and polling).")
  boolean onlyLive;

  @Option(
      names = "--text",
      description =
          "Instead of the runs above: the text tools' scenario (search ranking, themes over 500"
              + " tickets warm and with --latency, default 100 ms, similar tickets).")
  boolean text;

  @Option(
      names = "--latency",
      defaultValue = "0",
      description =
          "Instead of the runs above: every read tool once per row, the emulator adding this many"
              + " ms to each request; prints Kayako requests and wall time per call.")
  long latency;

  @Option(
      names = "--repeats",
      defaultValue = "3",
      description = "Repetitions per row with --latency (the median is shown).")
  int repeats;

  @Option(
      names = "--reports",
      description =
          "Instead of the runs above: kayako_ticket_report and kayako_needs_attention over a"
              + " helpdesk of --report-tickets tickets (time, Kayako requests, server RSS).")
  boolean reports;

  @Option(
      names = "--report-tickets",
      defaultValue = "200000",
      description = "Tickets in the helpdesk for --reports (default: ${DEFAULT-VALUE}).")
  int reportTickets;

  @Option(
      names = "--compare-start",
      paramLabel = "LAUNCHER",
      description =
          "Another launcher (e.g. an unpacked distribution's bin/kayako-mcp) whose cold starts"
              + " are timed too, alternating with this one's; repeatable.")
  List<Path> compareStart = new ArrayList<>();

  BenchCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = streams.out();
    if (reports) {
      out.println(
          "# kayako-mcp bench --reports ("
              + Runtime.getRuntime().availableProcessors()
              + " cores, "
              + System.getProperty("java.vm.name")
              + " "
              + Runtime.version()
              + ")");
      new BenchReports(out, serverCommand()).large(reportTickets);
      return 0;
    }
    if (text) {
      BenchText.run(out, latency > 0 ? latency : 100);
      return 0;
    }
    if (latency > 0) {
      BenchToolCalls.run(out, latency, Math.max(1, repeats));
      return 0;
    }
    if (onlyLive) {
      BenchLive.run(out, serverCommand(), liveSessions, liveTickets, 2);
      return 0;
    }
    try (KayakoEmulator emulator = KayakoEmulator.start(EmulatorOptions.defaults())) {
      out.println(
          "# kayako-mcp bench ("
              + Runtime.getRuntime().availableProcessors()
              + " cores, "
              + System.getProperty("java.vm.name")
              + " "
              + Runtime.version()
              + ")");
      coldStart(out, emulator);
      overhead(out, emulator);
      load(out, emulator);
    }
    if (listTickets > 0) {
      listing(out);
    }
    if (liveSessions > 0) {
      BenchLive.run(out, serverCommand(), liveSessions, liveTickets, 2);
    }
    return 0;
  }

  /**
   * Throughput and latency with 1, 4, 16 concurrent clients (one stdio session each, in this JVM,
   * sharing one Kayako client), then the server process's own RSS under one client's load.
   */
  private void load(PrintStream out, KayakoEmulator emulator) throws Exception {
    List<Integer> ids = new ArrayList<>(emulator.helpdesk().tickets.keySet());
    int most = Arrays.stream(clients).max().orElse(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    KayakoClient client =
        new KayakoClient(
            ClientSettings.of(
                emulator.apiUrl(), Secret.of(emulator.apiKey()), Secret.of(emulator.secretKey())));
    ToolContext context = ToolContext.builder(client, new Parallel(pool)).build();
    try (BenchLoad.Sessions sessions = new BenchLoad.Sessions(context, most)) {
      for (int n : clients) {
        BenchLoad.Level l =
            BenchLoad.throughput(
                sessions::call, BenchLoad::selfRssMiB, ids, n, Duration.ofSeconds(loadSeconds));
        out.printf(
            "kayako_get_ticket, %2d concurrent clients (a session each, in process): %.0f"
                + " calls/s, p50 %.2f ms, p99 %.2f ms, peak RSS of the whole bench JVM (server,"
                + " emulator and clients) %.0f MiB (%d calls in %.1f s)%n",
            l.clients(), l.perSecond(), l.p50Ms(), l.p99Ms(), l.peakRss(), l.calls(), l.seconds());
      }
    } finally {
      pool.shutdownNow();
    }
    Path stderr = Files.createTempFile("kayako-bench", ".log");
    try (BenchLoad.Server server = new BenchLoad.Server(serverCommand(), emulator, stderr)) {
      out.printf("server process idle after initialize: RSS %.0f MiB%n", server.rssMiB());
      for (int n : clients) {
        BenchLoad.Level l =
            BenchLoad.throughput(
                (c, request) -> server.client.callTool(request),
                server::rssMiB,
                ids,
                n,
                Duration.ofSeconds(loadSeconds));
        out.printf(
            "server process (%s), %2d concurrent calls on one real stdio session: %.0f calls/s,"
                + " p50 %.2f ms, p99 %.2f ms, peak server RSS %.0f MiB%n",
            String.join(" ", serverCommand()).replaceAll(".*/", ""),
            n,
            l.perSecond(),
            l.p50Ms(),
            l.p99Ms(),
            l.peakRss());
      }
    } finally {
      Files.deleteIfExists(stderr);
    }
  }

  /** Pages through a large helpdesk and watches the server's memory. */
  private void listing(PrintStream out) throws Exception {
    long t0 = System.nanoTime();
    try (KayakoEmulator big =
        KayakoEmulator.start(EmulatorOptions.defaults().seed(100).tickets(listTickets))) {
      out.printf(
          "generated a %d-ticket helpdesk in %.1f s%n",
          listTickets, (System.nanoTime() - t0) / 1e9);
      Path stderr = Files.createTempFile("kayako-bench-list", ".log");
      try (BenchLoad.Server server = new BenchLoad.Server(serverCommand(), big, stderr)) {
        // Pages may hold fewer than 100 (the answer size budget); sample RSS about ten times.
        BenchLoad.listAll(out, server, Math.max(1, listTickets / 500), listTickets + 1);
      } finally {
        Files.deleteIfExists(stderr);
      }
    }
  }

  /**
   * Times {@code --starts} cold starts of the server (and of each {@code --compare-start} launcher,
   * in turns, so that a busy machine weighs on all of them alike).
   */
  private void coldStart(PrintStream out, KayakoEmulator emulator) throws Exception {
    List<List<String>> commands = new ArrayList<>();
    commands.add(serverCommand());
    for (Path launcher : compareStart) {
      commands.add(List.of(launcher.toAbsolutePath().normalize().toString()));
    }
    double[][] millis = new double[commands.size()][starts];
    for (int i = 0; i < starts; i++) {
      for (int c = 0; c < commands.size(); c++) {
        millis[c][i] = startToInitialize(commands.get(c), emulator);
      }
    }
    for (int c = 0; c < commands.size(); c++) {
      double[] sorted = millis[c].clone();
      Arrays.sort(sorted);
      out.printf(
          "cold start to initialize answer: median %.0f ms (min %.0f, max %.0f, %d starts) via %s%n",
          sorted[sorted.length / 2],
          sorted[0],
          sorted[sorted.length - 1],
          starts,
          String.join(" ", commands.get(c)));
    }
  }

  /** Starts the server, writes one {@code initialize} line and times until its answer arrives. */
  private static double startToInitialize(List<String> command, KayakoEmulator emulator)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("KAYAKO_API_URL", emulator.apiUrl());
    pb.environment().put("KAYAKO_API_KEY", emulator.apiKey());
    pb.environment().put("KAYAKO_SECRET_KEY", emulator.secretKey());
    long t0 = System.nanoTime();
    Process p = pb.start();
    OutputStream in = p.getOutputStream();
    in.write(
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}\n")
            .getBytes(StandardCharsets.UTF_8));
    in.flush();
    String line =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    double millis = (System.nanoTime() - t0) / 1e6;
    in.close();
    if (line == null || !line.contains("\"serverInfo\"")) {
      throw new IllegalStateException("no initialize answer from " + command);
    }
    if (!p.waitFor(10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return millis;
  }

  private void overhead(PrintStream out, KayakoEmulator emulator) throws Exception {
    Ticket ticket = emulator.helpdesk().tickets.firstEntry().getValue();
    InProcessMcp session = InProcessMcp.start(emulator, Duration.ofSeconds(30));
    McpSyncClient mcp = session.client();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    RequestSigner signer =
        new RequestSigner(Secret.of(emulator.apiKey()), Secret.of(emulator.secretKey()));
    CallToolRequest request =
        new CallToolRequest("kayako_get_ticket", Map.of("ticket_id", String.valueOf(ticket.id())));
    try {
      for (int i = 0; i < calls / 2; i++) {
        raw(http, signer, emulator, ticket.id());
        mcpCall(mcp, request);
      }
      double[] rawNanos = new double[calls];
      double[] mcpNanos = new double[calls];
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        raw(http, signer, emulator, ticket.id());
        long t1 = System.nanoTime();
        mcpCall(mcp, request);
        long t2 = System.nanoTime();
        rawNanos[i] = t1 - t0;
        mcpNanos[i] = t2 - t1;
      }
      double rawMedian = median(rawNanos) / 1e3;
      double mcpMedian = median(mcpNanos) / 1e3;
      out.printf(
          "kayako_get_ticket through MCP: median %.0f µs; raw signed GET + parse: median %.0f µs;"
              + " ratio %.2f (%d calls each, interleaved)%n",
          mcpMedian, rawMedian, mcpMedian / rawMedian, calls);
    } finally {
      session.close();
    }
  }

  private static void mcpCall(McpSyncClient mcp, CallToolRequest request) {
    CallToolResult r = mcp.callTool(request);
    if (Boolean.TRUE.equals(r.isError())) {
      throw new IllegalStateException("get_ticket failed during the benchmark");
    }
  }

  private static void raw(HttpClient http, RequestSigner signer, KayakoEmulator emulator, int id)
      throws Exception {
    StringBuilder url =
        new StringBuilder(emulator.apiUrl()).append("?e=/Tickets/Ticket/").append(id);
    for (var e : signer.authParameters().entrySet()) {
      url.append('&')
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url.toString())).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200 || SafeXml.parse(response.body()).child("ticket") == null) {
      throw new IllegalStateException("raw GET failed: " + response.statusCode());
    }
  }

  private static double median(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy[copy.length / 2];
  }

  /** The launcher when this run came from it (same JVM options and archive), else this jar. */
  private static List<String> serverCommand() throws Exception {
    String launcher = System.getProperty("kayako.launcher");
    if (launcher != null && Files.isExecutable(Path.of(launcher))) {
      return List.of(launcher);
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(
        Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
    return cmd;
  }
}
