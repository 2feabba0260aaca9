package dev.kayakomcp.cli;

import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.server.Pipe;
import dev.kayakomcp.server.StdioServer;
import dev.kayakomcp.server.StreamClientTransport;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load parts of {@code kayako-mcp bench}: the server as its own process (as an MCP client runs
 * it), one stdio session carrying 1, 4 or 16 concurrent callers, throughput and latency
 * percentiles, the server's resident memory under that load, and paging through a large helpdesk.
 */
final class BenchLoad {

  private BenchLoad() {}

  /** The server as a child process, with an SDK client on its stdio. */
  static final class Server implements AutoCloseable {
    final Process process;
    final McpSyncClient client;

    Server(List<String> command, KayakoEmulator emulator, Path stderr) throws IOException {
      ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
      pb.environment().put("KAYAKO_API_URL", emulator.apiUrl());
      pb.environment().put("KAYAKO_API_KEY", emulator.apiKey());
      pb.environment().put("KAYAKO_SECRET_KEY", emulator.secretKey());
      // Options meant for the bench JVM (a large emulator's heap) are not the server's.
      pb.environment().remove("KAYAKO_MCP_JAVA_OPTS");
      process = pb.start();
      client =
          McpClient.sync(
                  new StreamClientTransport(
                      process.getInputStream(),
                      process.getOutputStream(),
                      McpJsonDefaults.getMapper()))
              .requestTimeout(Duration.ofSeconds(600))
              .build();
      client.initialize();
    }

    /** VmRSS of the server process in MiB, or -1 where /proc is missing. */
    double rssMiB() {
      return BenchLoad.rssMiB(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
      client.closeGracefully();
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  static double rssMiB(long pid) {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Sends one tool call as client number {@code client}. */
  @FunctionalInterface
  interface Caller {
    CallToolResult call(int client, CallToolRequest request);
  }

  /** Where resident memory is read during a run. */
  @FunctionalInterface
  interface Rss {
    double mib();
  }

  /**
   * Several stdio sessions in this JVM, each its own {@link StdioServer} on in-memory pipes, all
   * sharing one Kayako client, pool and caches as one server process would. One session per client:
   * the MCP Java SDK's stdio transport drops answers when one session's tool calls finish at the
   * same moment (modelcontextprotocol/java-sdk#686), so concurrency comes from sessions.
   */
  static final class Sessions implements AutoCloseable {
    private final List<StdioServer> servers = new ArrayList<>();
    private final List<McpSyncClient> clients = new ArrayList<>();

    Sessions(ToolContext context, int n) {
      for (int i = 0; i < n; i++) {
        Pipe toServer = new Pipe();
        Pipe toClient = new Pipe();
        servers.add(
            new StdioServer(toServer.input(), toClient.output(), ToolRegistry.standard(), context));
        McpSyncClient c =
            McpClient.sync(
                    new StreamClientTransport(
                        toClient.input(), toServer.output(), McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(120))
                .build();
        c.initialize();
        clients.add(c);
      }
    }

    CallToolResult call(int client, CallToolRequest request) {
      return clients.get(client).callTool(request);
    }

    @Override
    public void close() {
      clients.forEach(McpSyncClient::closeGracefully);
      servers.forEach(StdioServer::close);
    }
  }

  /** VmRSS of this JVM in MiB. */
  static double selfRssMiB() {
    return rssMiB(ProcessHandle.current().pid());
  }

  /** Result of one load level. */
  record Level(
      int clients, long calls, double seconds, double p50Ms, double p99Ms, double peakRss) {
    double perSecond() {
      return calls / seconds;
    }
  }

  /**
   * {@code clients} threads call {@code kayako_get_ticket} on random tickets back to back for
   * {@code duration}, after a warm-up of the same length.
   */
  static Level throughput(
      Caller server, Rss rss, List<Integer> ticketIds, int clients, Duration duration)
      throws Exception {
    run(server, ticketIds, clients, duration, new long[1][0]); // warm-up (JIT, pools, keep-alive)
    AtomicBoolean sampling = new AtomicBoolean(true);
    AtomicLong peakKiB = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (sampling.get()) {
                peakKiB.accumulateAndGet((long) (rss.mib() * 1024), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-rss");
    sampler.setDaemon(true);
    sampler.start();
    long[][] latencies = new long[1][0];
    long t0 = System.nanoTime();
    run(server, ticketIds, clients, duration, latencies);
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampling.set(false);
    sampler.join();
    long[] all = latencies[0];
    Arrays.sort(all);
    return new Level(
        clients,
        all.length,
        seconds,
        percentile(all, 0.50) / 1e6,
        percentile(all, 0.99) / 1e6,
        peakKiB.get() / 1024.0);
  }

  private static void run(
      Caller server, List<Integer> ticketIds, int clients, Duration duration, long[][] into)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + duration.toNanos();
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      results.add(
          pool.submit(
              () -> {
                long[] mine = new long[1024];
                int n = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                  int id = ticketIds.get(random.nextInt(ticketIds.size()));
                  long s = System.nanoTime();
                  CallToolResult r =
                      server.call(
                          client,
                          new CallToolRequest(
                              "kayako_get_ticket", Map.of("ticket_id", String.valueOf(id))));
                  long took = System.nanoTime() - s;
                  if (Boolean.TRUE.equals(r.isError())) {
                    throw new IllegalStateException("get_ticket failed during the benchmark");
                  }
                  if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                  }
                  mine[n++] = took;
                }
                return Arrays.copyOf(mine, n);
              }));
    }
    List<long[]> parts = new ArrayList<>();
    int total = 0;
    for (Future<long[]> f : results) {
      long[] part = f.get();
      parts.add(part);
      total += part.length;
    }
    pool.shutdown();
    long[] all = new long[total];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    into[0] = all;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /**
   * Pages through every ticket with {@code kayako_list_tickets} (100 per page, JSON), printing the
   * server's RSS every {@code every} pages; returns the tickets seen.
   */
  @SuppressWarnings("unchecked")
  static long listAll(PrintStream out, Server server, int every, int maxPages) {
    long seen = 0;
    int page = 0;
    long t0 = System.nanoTime();
    List<String> samples = new ArrayList<>();
    samples.add("0:" + Math.round(server.rssMiB()));
    while (page < maxPages) {
      CallToolResult r =
          server.client.callTool(
              new CallToolRequest(
                  "kayako_list_tickets",
                  Map.of(
                      "limit",
                      100,
                      "offset",
                      seen,
                      "sort_field",
                      "ticketid",
                      "sort_order",
                      "ASC",
                      "response_format",
                      "json")));
      if (Boolean.TRUE.equals(r.isError())) {
        throw new IllegalStateException("list_tickets failed at page " + page + ": " + r.content());
      }
      Map<String, Object> structured = (Map<String, Object>) r.structuredContent();
      List<Object> tickets = (List<Object>) structured.get("tickets");
      if (tickets == null || tickets.isEmpty()) {
        break;
      }
      seen += tickets.size();
      page++;
      if (page % every == 0) {
        samples.add(page + ":" + Math.round(server.rssMiB()));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf(
        "listed %d tickets in %d pages (100 asked, fewer when the size budget cuts a page) in"
            + " %.1f s (%.0f pages/s); server RSS MiB by page: %s%n",
        seen, page, seconds, page / seconds, String.join(" ", samples));
    return seen;
  }
}
