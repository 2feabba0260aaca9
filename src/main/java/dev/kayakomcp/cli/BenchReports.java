package dev.kayakomcp.cli;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.emulator.RequestLog;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketStatus;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * {@code bench --reports}: the report tools against the emulator, the server as a child process
 * started as an MCP client would start it. A large helpdesk without added latency (a report grouped
 * by department and status, checked against the helpdesk's own counts; the same report again within
 * the cache time; needs-attention over every open ticket), then the five questions of the reports
 * issue on the standard helpdesk with latency added to every Kayako request.
 */
final class BenchReports {

  private final PrintStream out;
  private final List<String> serverCommand;

  BenchReports(PrintStream out, List<String> serverCommand) {
    this.out = out;
    this.serverCommand = serverCommand;
  }

  /** One timed call: wall time, Kayako requests by endpoint, peak server RSS, the result. */
  record Timed(
      CallToolResult result,
      double ms,
      Map<String, Integer> requests,
      double peakRss,
      double serverCpuSeconds) {
    int total() {
      return requests.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  void large(int tickets) throws Exception {
    long t0 = System.nanoTime();
    try (KayakoEmulator big =
        KayakoEmulator.start(EmulatorOptions.defaults().seed(100).tickets(tickets))) {
      out.printf(
          "generated a %,d-ticket helpdesk in %.1f s%n", tickets, (System.nanoTime() - t0) / 1e9);
      out.printf("load average at start: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
      Helpdesk h = big.helpdesk();
      Set<Integer> resolved =
          h.statuses.values().stream()
              .filter(TicketStatus::markAsResolved)
              .map(TicketStatus::id)
              .collect(Collectors.toSet());
      long open = h.tickets.values().stream().filter(t -> !resolved.contains(t.statusId())).count();
      Path stderr = Files.createTempFile("kayako-bench-reports", ".log");
      // A generous deadline, so a slow run still gives its time instead of a timeout.
      List<String> command = new java.util.ArrayList<>(serverCommand);
      command.addAll(List.of("--call-deadline", "600"));
      try (BenchLoad.Server server = new BenchLoad.Server(command, big, stderr)) {
        out.printf("server process idle after initialize: RSS %.0f MiB%n", server.rssMiB());
        // The lookup tables (read once, then cached) are not part of the report.
        server.client.callTool(new CallToolRequest("kayako_list_tickets", Map.of("limit", 1)));
        Map<String, Object> args = Map.of("group_by", "department,status");
        Timed first = call(server, big, "kayako_ticket_report", args);
        out.printf(
            "kayako_ticket_report group_by=department,status over %,d tickets: %.1f s (server CPU"
                + " %.1f s), %d Kayako requests %s, peak server RSS %.0f MiB, exact: %s%n",
            tickets,
            first.ms() / 1000,
            first.serverCpuSeconds(),
            first.total(),
            first.requests(),
            first.peakRss(),
            exact(first.result(), h));
        Timed again = call(server, big, "kayako_ticket_report", args);
        out.printf(
            "the same report again within the cache time: %.0f ms, %d Kayako requests%n",
            again.ms(), again.total());
        Timed attention = call(server, big, "kayako_needs_attention", Map.of());
        out.printf(
            "kayako_needs_attention (limit 20) over %,d unresolved tickets: %.1f s (server CPU %.1f"
                + " s), %d Kayako requests %s, peak server RSS %.0f MiB%n",
            open,
            attention.ms() / 1000,
            attention.serverCpuSeconds(),
            attention.total(),
            attention.requests(),
            attention.peakRss());
      } finally {
        Files.deleteIfExists(stderr);
      }
    }
  }

  private static Timed call(
      BenchLoad.Server server, KayakoEmulator emulator, String tool, Map<String, Object> args)
      throws InterruptedException {
    emulator.requests().reset();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicReference<Double> peak = new AtomicReference<>(server.rssMiB());
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(server.rssMiB(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    double cpu0 = cpuSeconds(server.process.pid());
    long t0 = System.nanoTime();
    CallToolResult r = server.client.callTool(new CallToolRequest(tool, args));
    double ms = (System.nanoTime() - t0) / 1e6;
    running.set(false);
    sampler.join();
    peak.accumulateAndGet(server.rssMiB(), Math::max);
    if (Boolean.TRUE.equals(r.isError())) {
      String text =
          r.content().stream()
              .filter(TextContent.class::isInstance)
              .map(c -> ((TextContent) c).text())
              .collect(Collectors.joining());
      throw new IllegalStateException(tool + " failed during the benchmark: " + text);
    }
    return new Timed(
        r,
        ms,
        RequestLog.byEndpoint(emulator.requests().snapshot()),
        peak.get(),
        cpuSeconds(server.process.pid()) - cpu0);
  }

  /** User plus system CPU time of a process so far, from /proc (0 where it is missing). */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // utime and stime (fields 14 and 15 of stat), in clock ticks of 1/100 s.
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Whether every group's count equals the helpdesk's own count of that department and status. */
  @SuppressWarnings("unchecked")
  private static String exact(CallToolResult r, Helpdesk h) {
    Map<String, Integer> expected = new HashMap<>();
    for (Ticket t : h.tickets.values()) {
      expected.merge(t.departmentId() + "/" + t.statusId(), 1, Integer::sum);
    }
    Map<String, Object> m = (Map<String, Object>) r.structuredContent();
    List<Map<String, Object>> groups = (List<Map<String, Object>>) m.get("groups");
    Map<String, Integer> got = new HashMap<>();
    for (Map<String, Object> g : groups) {
      String key =
          ((Map<String, Object>) g.get("department")).get("id")
              + "/"
              + ((Map<String, Object>) g.get("status")).get("id");
      got.put(key, ((Number) g.get("count")).intValue());
    }
    return got.equals(expected)
        ? "yes (" + groups.size() + " groups, " + h.tickets.size() + " tickets)"
        : "NO: expected " + expected + ", got " + got;
  }
}
