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

    p.destroy(); // SIGTERM
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
    String rest = Files.readString(log);
    assertThat(rest).contains("HTTP server stopped");
    assertThat(rest).doesNotContain("Exception");
  }
}
