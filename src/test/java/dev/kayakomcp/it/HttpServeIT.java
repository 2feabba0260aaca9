package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code kayako-mcp serve --http}: what the command refuses, and the jar stopping on SIGTERM. */
@Timeout(120)
class HttpServeIT {

  private record Run(int code, String stderr) {}

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            Path.of("."));
    return new Run(code, err.toString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(HttpClient http, URI mcp, String body, String session)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(mcp)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .header("Authorization", "Bearer sigterm-test-token")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      b.header("Mcp-Session-Id", session);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusesToServeBeyondLoopbackWithoutAToken() {
    Run r = run(Map.of(), "serve", "--demo", "--http", "--host", "0.0.0.0", "--port", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.stderr()).contains("KAYAKO_MCP_HTTP_TOKEN").contains("0.0.0.0");
    Run root = run(Map.of(), "--demo", "--http", "--host", "0.0.0.0", "--port", "0");
    assertThat(root.code()).isEqualTo(2);
  }

  @Test
  void refusesUnknownToolsetsFromFlagsAndEnvironment() {
    Run flag = run(Map.of(), "serve", "--demo", "--toolsets", "tickts");
    assertThat(flag.code()).isEqualTo(2);
    assertThat(flag.stderr()).contains("unknown toolset \"tickts\"").contains("lookups");
    Run env = run(Map.of("KAYAKO_EXCLUDE_TOOLS", "kayako_nope"), "--demo");
    assertThat(env.code()).isEqualTo(2);
    assertThat(env.stderr()).contains("kayako_nope");
  }

  @Test
  void jarServesHttpAndStopsGracefullyOnSigterm() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            StdioProcessIT.javaCommand("--demo", "--http", "--port", "0", "--toolsets", "lookups"));
    pb.environment().put("KAYAKO_MCP_HTTP_TOKEN", "sigterm-test-token");
    Path log = Files.createTempFile("kayako-mcp-http", ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    Pattern serving = Pattern.compile("serving MCP at (http://127\\.0\\.0\\.1:\\d+/mcp)");
    String endpoint = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (endpoint == null && p.isAlive() && System.nanoTime() < deadline) {
      Matcher m = serving.matcher(Files.readString(log));
      if (m.find()) {
        endpoint = m.group(1);
      } else {
        Thread.sleep(100);
      }
    }
    assertThat(endpoint).as(Files.readString(log)).isNotNull();
    HttpClient http = HttpClient.newHttpClient();
    URI mcp = URI.create(endpoint);
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(mcp.resolve("/healthz")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    HttpResponse<String> noToken =
        http.send(
            HttpRequest.newBuilder(mcp)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(401);

    // --toolsets lookups: only the two lookup tools are listed over HTTP.
    String init =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";
    HttpResponse<String> initialized = post(http, mcp, init, null);
    assertThat(initialized.statusCode()).isEqualTo(200);
    String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
    assertThat(
            post(
                    http,
                    mcp,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                    session)
                .statusCode())
        .isEqualTo(202);
    HttpResponse<String> list =
        post(http, mcp, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", session);
    assertThat(list.body())
        .contains("\"kayako_get_departments\"")
        .contains("\"kayako_get_ticket_statuses\"")
        .doesNotContain("\"kayako_search_tickets\"")
        .doesNotContain("\"kayako_get_ticket\"");

    p.destroy(); // SIGTERM
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
    String rest = Files.readString(log);
    assertThat(rest).contains("HTTP server stopped");
    assertThat(rest).doesNotContain("Exception");
  }
}
