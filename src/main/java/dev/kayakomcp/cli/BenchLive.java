package dev.kayakomcp.cli;

import dev.kayakomcp.client.RequestSigner;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.emulator.RequestLog;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.SubscribeRequest;
import java.io.PrintStream;
import java.net.ServerSocket;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-update benchmark: the server as a child process on streamable HTTP, {@code sessions}
 * clients subscribed to {@code tickets} tickets between them; the Kayako requests and time of each
 * poll (from the poller's debug log), the notifications after replies added straight in the
 * emulator, and the server's RSS before and with the subscriptions.
 */
final class BenchLive {

  private static final Pattern POLL =
      Pattern.compile(
          "live poll: (\\d+) Kayako requests, (\\d+) changed tickets, (\\d+) notified URIs,"
              + " (\\d+) ms, (\\d+) watched");

  private BenchLive() {}

  static void run(
      PrintStream out, List<String> serverCommand, int sessions, int tickets, int pollSeconds)
      throws Exception {
    int helpdesk = Math.max(2_000, tickets * 2);
    try (KayakoEmulator emulator =
        KayakoEmulator.start(EmulatorOptions.defaults().seed(11).tickets(helpdesk))) {
      Path stderr = Files.createTempFile("kayako-bench-live", ".log");
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      List<String> cmd = new ArrayList<>(serverCommand);
      cmd.addAll(List.of("--http", "--port", "" + port, "--poll-seconds", "" + pollSeconds));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.redirectOutput(stderr.toFile());
      pb.environment().put("KAYAKO_API_URL", emulator.apiUrl());
      pb.environment().put("KAYAKO_API_KEY", emulator.apiKey());
      pb.environment().put("KAYAKO_SECRET_KEY", emulator.secretKey());
      pb.environment()
          .put(
              "JAVA_TOOL_OPTIONS",
              "-Dorg.slf4j.simpleLogger.log.dev.kayakomcp.live.LivePoller=debug");
      Process server = pb.start();
      List<McpSyncClient> clients = new ArrayList<>();
      try {
        awaitHealthy(port);
        out.printf(
            "live updates: %d-ticket helpdesk, server idle RSS %.0f MiB%n",
            helpdesk, BenchLoad.rssMiB(server.pid()));
        List<Integer> ids = new ArrayList<>(emulator.helpdesk().tickets.keySet());
        AtomicInteger notified = new AtomicInteger();
        for (int c = 0; c < sessions; c++) {
          McpSyncClient client =
              McpClient.sync(
                      HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                          .endpoint("/mcp")
                          .build())
                  .requestTimeout(Duration.ofSeconds(60))
                  .resourcesUpdateConsumer(contents -> notified.addAndGet(contents.size()))
                  .build();
          client.initialize();
          clients.add(client);
        }
        Thread.sleep(1_000);
        out.printf(
            "%d sessions connected, nothing subscribed: server RSS %.0f MiB, %d Kayako requests"
                + " since start%n",
            sessions, BenchLoad.rssMiB(server.pid()), emulator.requests().count());
        for (int c = 0; c < sessions; c++) {
          for (int i = c; i < tickets; i += sessions) {
            clients
                .get(c)
                .subscribeResource(new SubscribeRequest("kayako://tickets/" + ids.get(i)));
          }
        }
        int quietPolls = 5;
        int warm = polls(stderr, 2, pollSeconds).size();
        emulator.requests().reset();
        List<long[]> all = polls(stderr, warm + quietPolls, pollSeconds);
        List<RequestLog.Entry> log = emulator.requests().drain();
        List<long[]> quiet = all.subList(warm, warm + quietPolls);
        long listAll =
            log.stream().filter(e -> e.endpoint().equals("GET /Tickets/Ticket/ListAll")).count();
        out.printf(
            "%d tickets subscribed across %d sessions: a poll with no change makes %s Kayako"
                + " request(s) and takes %s ms (%d polls); the emulator received %d requests (%d"
                + " ListAll) meanwhile; server RSS %.0f MiB%n",
            tickets,
            sessions,
            range(quiet, 0),
            range(quiet, 3),
            quiet.size(),
            log.size(),
            listAll,
            BenchLoad.rssMiB(server.pid()));
        List<long[]> more = all;
        int changedTickets = 10;
        for (int i = 0; i < changedTickets; i++) {
          reply(emulator, ids.get(i * (tickets / changedTickets)));
        }
        int seen = more.size();
        List<long[]> after = polls(stderr, seen + 2, pollSeconds);
        long[] changedPoll =
            after.subList(seen, after.size()).stream()
                .filter(p -> p[1] > 0)
                .findFirst()
                .orElse(new long[5]);
        awaitCount(notified, changedTickets, Duration.ofSeconds(pollSeconds * 4L));
        out.printf(
            "after replies to %d subscribed tickets: the poll made %d requests in %d ms, found %d"
                + " changed tickets, notified %d URIs; the clients received %d updates; server RSS"
                + " %.0f MiB%n",
            changedTickets,
            changedPoll[0],
            changedPoll[3],
            changedPoll[1],
            changedPoll[2],
            notified.get(),
            BenchLoad.rssMiB(server.pid()));
      } finally {
        clients.forEach(McpSyncClient::closeGracefully);
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
        Files.deleteIfExists(stderr);
      }
    }
  }

  /**
   * Waits until the server's log holds {@code n} poll lines; returns them (requests, changed,
   * notified, ms, watched).
   */
  private static List<long[]> polls(Path log, int n, int pollSeconds) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds((long) pollSeconds * (n + 10)).toNanos();
    while (true) {
      List<long[]> found = new ArrayList<>();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher m = POLL.matcher(line);
        if (m.find()) {
          long[] p = new long[5];
          for (int i = 0; i < 5; i++) {
            p[i] = Long.parseLong(m.group(i + 1));
          }
          found.add(p);
        }
      }
      if (found.size() >= n) {
        return found;
      }
      if (System.nanoTime() > end) {
        throw new IllegalStateException("only " + found.size() + " polls logged, " + n + " wanted");
      }
      Thread.sleep(200);
    }
  }

  private static String range(List<long[]> polls, int field) {
    long min = polls.stream().mapToLong(p -> p[field]).min().orElse(0);
    long max = polls.stream().mapToLong(p -> p[field]).max().orElse(0);
    return min == max ? "" + min : min + "–" + max;
  }

  private static void awaitCount(AtomicInteger n, int want, Duration max)
      throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    while (n.get() < want && System.nanoTime() < end) {
      Thread.sleep(100);
    }
  }

  private static void awaitHealthy(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > end) {
        throw new IllegalStateException("the server did not become healthy");
      }
      Thread.sleep(200);
    }
  }

  /** A customer reply added straight through the emulator's REST API. */
  private static void reply(KayakoEmulator emulator, int ticketId) throws Exception {
    int user = emulator.helpdesk().users.firstKey();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ticketid", "" + ticketId);
    form.put("contents", "Any news? (benchmark reply)");
    form.put("userid", "" + user);
    RequestSigner signer =
        new RequestSigner(Secret.of(emulator.apiKey()), Secret.of(emulator.secretKey()));
    form.putAll(signer.authParameters());
    StringBuilder body = new StringBuilder();
    for (var e : form.entrySet()) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "?e=/Tickets/TicketPost"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("reply to " + ticketId + ": " + r.statusCode());
    }
  }
}
