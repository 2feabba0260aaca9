package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server process with {@code --no-cache} and {@code --call-deadline}: lookups are fetched on
 * every call only when caching is off, and a call against a helpdesk that never answers ends at the
 * deadline given. API requests are counted with the emulator's fault budget ({@code remaining} goes
 * down by one per API request while a fault is set).
 */
@Timeout(120)
class ResilienceFlagsIT {

  static KayakoEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults().seed(5).tickets(20));
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  /** A server process; every line it answered is returned when stdin closes. */
  static final class Server implements AutoCloseable {
    final Process process;
    final BufferedReader out;
    final OutputStream in;
    int id = 1;

    Server(String... flags) throws Exception {
      List<String> cmd = new ArrayList<>(StdioProcessIT.javaCommand(flags));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("KAYAKO_API_URL", emulator.apiUrl());
      pb.environment().put("KAYAKO_API_KEY", emulator.apiKey());
      pb.environment().put("KAYAKO_SECRET_KEY", emulator.secretKey());
      process = pb.start();
      out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      in = process.getOutputStream();
      send(
          "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
              + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"f\",\"version\":\"1\"}}}");
      out.readLine();
      send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    String call(String tool, String arguments) throws Exception {
      send(
          "{\"jsonrpc\":\"2.0\",\"id\":"
              + id++
              + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
              + tool
              + "\",\"arguments\":"
              + arguments
              + "}}");
      return answerTo(id - 1);
    }

    /**
     * The answer with this id; notifications (log messages, progress) sent before it are skipped.
     */
    private String answerTo(int wanted) throws Exception {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.contains("\"id\":" + wanted + ",") || line.contains("\"id\":" + wanted + "}")) {
          return line;
        }
      }
      return null;
    }

    private void send(String line) throws Exception {
      in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    @Override
    public void close() throws Exception {
      in.close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** API requests made by {@code body}, counted with a harmless fault's budget. */
  static int requests(ThrowingRunnable body) throws Exception {
    emulator.faults().latencyMs(1).remaining(10_000);
    try {
      body.run();
      return 10_000 - emulator.faults().remaining();
    } finally {
      emulator.faults().clear();
    }
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void lookupsAreCachedUnlessNoCacheIsGiven() throws Exception {
    try (Server cached = new Server()) {
      int n =
          requests(
              () -> {
                for (int i = 0; i < 3; i++) {
                  assertThat(cached.call("kayako_get_departments", "{}"))
                      .contains("\"isError\":false");
                }
              });
      // The server may already have read the lookups for its instructions at start.
      assertThat(n).isLessThanOrEqualTo(1);
    }
    try (Server uncached = new Server("--no-cache")) {
      int n =
          requests(
              () -> {
                for (int i = 0; i < 3; i++) {
                  assertThat(uncached.call("kayako_get_departments", "{}"))
                      .contains("\"isError\":false");
                }
              });
      assertThat(n).isEqualTo(3);
    }
  }

  @Test
  void aCallEndsAtTheDeadlineGiven() throws Exception {
    try (Server server = new Server("--call-deadline", "2", "--read-timeout", "30")) {
      assertThat(server.call("kayako_get_departments", "{}")).contains("\"isError\":false");
      emulator.faults().noAnswer(1, 60_000);
      long t0 = System.nanoTime();
      String answer = server.call("kayako_get_ticket", "{\"ticket_id\":\"1\"}");
      long ms = (System.nanoTime() - t0) / 1_000_000;
      emulator.faults().clear();
      assertThat(answer).contains("\"isError\":true").contains("deadline");
      assertThat(ms).isBetween(1_800L, 6_000L);
    }
  }
}
