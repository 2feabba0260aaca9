package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.cli.EmulatorCommand;
import dev.kayakomcp.client.RequestSigner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmulatorCommandTest {

  private static String waitForThreeLines(StringWriter out, CompletableFuture<Integer> run)
      throws InterruptedException {
    for (int i = 0; i < 600 && out.toString().split("\n").length < 3; i++) {
      assertThat(run).as("command ended early").isNotDone();
      Thread.sleep(50);
    }
    return out.toString();
  }

  @Test
  void printsExactlyThreeLinesAndServesWithSeedCredentials() throws Exception {
    EmulatorCommand command = new EmulatorCommand();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> run =
        CompletableFuture.supplyAsync(
            () ->
                cli.execute(
                    "--port",
                    "0",
                    "--seed",
                    "7",
                    "--tickets",
                    "5",
                    "--post-order",
                    "desc",
                    "--latency-ms",
                    "1"));
    String text = waitForThreeLines(out, run);
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).matches("KAYAKO_API_URL=http://127\\.0\\.0\\.1:\\d+/api/index\\.php");
    assertThat(lines[1]).isEqualTo("KAYAKO_API_KEY=" + EmulatorOptions.defaultApiKey(7));
    assertThat(lines[2]).isEqualTo("KAYAKO_SECRET_KEY=" + EmulatorOptions.defaultSecretKey(7));
    assertThat(err.toString()).contains("control routes at");

    Map<String, String> env =
        java.util.Arrays.stream(lines)
            .map(l -> l.split("=", 2))
            .collect(Collectors.toMap(a -> a[0], a -> a[1]));
    String signature = RequestSigner.sign(env.get("KAYAKO_SECRET_KEY"), "abc123");
    String url =
        env.get("KAYAKO_API_URL")
            + "?e=/Tickets/TicketStatus&apikey="
            + env.get("KAYAKO_API_KEY")
            + "&salt=abc123&signature="
            + URLEncoder.encode(signature, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("<?xml").contains("<ticketstatuses>");
    HttpResponse<String> control =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            env.get("KAYAKO_API_URL")
                                .replace("/api/index.php", "/_emulator/faults")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(control.body()).contains("postOrder=desc").contains("latencyMs=1");

    command.stop();
    assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).isEqualTo(text);
  }

  @Test
  void explicitCredentialsAndBadOptions() throws Exception {
    EmulatorCommand command = new EmulatorCommand();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> run =
        CompletableFuture.supplyAsync(
            () ->
                cli.execute(
                    "--port", "0", "--tickets", "1", "--api-key", "k-1", "--secret-key", "s-1"));
    String[] lines = waitForThreeLines(out, run).split("\n");
    assertThat(lines[1]).isEqualTo("KAYAKO_API_KEY=k-1");
    assertThat(lines[2]).isEqualTo("KAYAKO_SECRET_KEY=s-1");
    command.stop();
    assertThat(run.get(10, TimeUnit.SECONDS)).isZero();

    StringWriter err = new StringWriter();
    CommandLine bad = new CommandLine(new EmulatorCommand());
    bad.setOut(new PrintWriter(new StringWriter(), true));
    bad.setErr(new PrintWriter(err, true));
    assertThat(bad.execute("--port", "0", "--post-order", "sideways")).isEqualTo(2);
    assertThat(err.toString()).contains("--post-order must be asc or desc");
  }
}
