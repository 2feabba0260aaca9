package dev.kayakomcp.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.RecordingSigner;
import dev.kayakomcp.client.ResilienceSettings;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.server.Pipe;
import dev.kayakomcp.server.StdioServer;
import dev.kayakomcp.server.StreamClientTransport;
import dev.kayakomcp.tools.Parallel;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Gathers everything representative runs write — the stdio server as a child process with debug
 * logging, the CLI ({@code call}, {@code --test-credentials}, wrong credentials, credentials as
 * flags), and the server in process with every fault the emulator injects — and fails on any API
 * key, secret, salt or signature in it, raw or URL-encoded.
 */
@Timeout(240)
class SecretLeakIT {

  static final String API_KEY = "leak-test-api-key-7d1f2c9a";
  static final String SECRET = "Lk9+Secret/Value=With+Signs/And==";
  static final String WRONG_SECRET = "Wrong+Secret/Also=Never+Shown==";

  /** An auth parameter with a value that is not redacted, in a URL, a form or JSON. */
  static final Pattern AUTH_PARAM =
      Pattern.compile("(?i)\\b(apikey|salt|signature)(=|%3D|\"\\s*:\\s*\")(?!\\*)[^&\\s\"]{4,}");

  static KayakoEmulator emulator;
  static final List<String> gathered = new ArrayList<>();

  /** Every fault kind, then a clean call: what each tool call below runs under. */
  static final List<Consumer<KayakoEmulator>> FAULTS =
      List.of(
          e -> {},
          e -> e.faults().rateLimit(1, 0),
          e -> e.faults().serverErrors(1, 500),
          e -> e.faults().serverErrors(1, 503),
          e -> e.faults().cut(1),
          e -> e.faults().malformedXml(1),
          e -> e.faults().htmlError(1),
          e -> e.faults().phpNotice(1),
          e -> e.faults().noAnswer(1, 200),
          e -> e.settings().apiEnabled(false),
          e -> {});

  static final List<Map.Entry<String, String>> CALLS =
      List.of(
          Map.entry("kayako_get_departments", "{}"),
          Map.entry("kayako_get_ticket_statuses", "{}"),
          Map.entry("kayako_get_ticket", "{\"ticket_id\":\"1\",\"include_posts\":true}"),
          Map.entry("kayako_get_ticket", "{\"ticket_id\":\"NOPE-999-99999\"}"),
          Map.entry("kayako_get_ticket_posts", "{\"ticket_id\":\"1\"}"),
          Map.entry("kayako_list_tickets", "{\"limit\":5}"),
          Map.entry("kayako_search_tickets", "{\"query\":\"printer\"}"));

  @BeforeAll
  static void start() {
    emulator =
        KayakoEmulator.start(
            EmulatorOptions.defaults().seed(11).tickets(30).apiKey(API_KEY).secretKey(SECRET));
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  static void reset() {
    emulator.faults().clear();
    emulator.settings().apiEnabled(true);
  }

  @Test
  void theChildProcessServerWithDebugLoggingLeaksNothing() throws Exception {
    Path stderr = Files.createTempFile("kayako-leak", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(java("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"))
            .redirectError(stderr.toFile());
    env(pb, SECRET);
    Process p = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    OutputStream in = p.getOutputStream();
    StringBuilder stdout = new StringBuilder();
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"l\",\"version\":\"1\"}}}");
    stdout.append(out.readLine()).append('\n');
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    int id = 1;
    int errors = 0;
    for (Consumer<KayakoEmulator> fault : FAULTS) {
      reset();
      fault.accept(emulator);
      for (Map.Entry<String, String> call : CALLS) {
        send(
            in,
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + id
                + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                + call.getKey()
                + "\",\"arguments\":"
                + call.getValue()
                + "}}");
        String line = out.readLine();
        // Log and progress notifications may come first; they are output too, so keep them.
        while (line != null
            && !line.contains("\"id\":" + id + ",")
            && !line.contains("\"id\":" + id + "}")) {
          stdout.append(line).append('\n');
          line = out.readLine();
        }
        assertThat(line).isNotNull().contains("\"id\":" + id);
        if (line.contains("\"isError\":true")) {
          errors++;
        }
        stdout.append(line).append('\n');
        id++;
      }
    }
    reset();
    in.close();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(stderr);
    assertThat(errors).as("the faults produced error results").isGreaterThan(20);
    assertThat(log).as("debug logging was on").contains("DEBUG");
    assertNoSecrets("child stdout", stdout.toString(), Set.of());
    assertNoSecrets("child stderr", log, Set.of());
  }

  @Test
  void theCliLeaksNothing() throws Exception {
    List<String> outputs = new ArrayList<>();
    outputs.add(run(SECRET, "call", "kayako_get_ticket", "ticket_id=1", "include_posts=true"));
    outputs.add(run(SECRET, "--test-credentials"));
    outputs.add(run(WRONG_SECRET, "--test-credentials"));
    outputs.add(run(WRONG_SECRET, "call", "kayako_list_tickets", "limit=3"));
    emulator.faults().serverErrors(1, 503);
    outputs.add(run(SECRET, "call", "kayako_get_departments"));
    reset();
    // Credentials given as flags (discouraged, but they must not be echoed either).
    outputs.add(
        runWithFlags(
            "call",
            "--api-url",
            emulator.apiUrl(),
            "--api-key",
            API_KEY,
            "--secret-key",
            WRONG_SECRET,
            "kayako_get_ticket",
            "ticket_id=1"));
    assertThat(String.join("\n", outputs)).contains("FAILED TO AUTHENTICATE");
    for (String o : outputs) {
      assertNoSecrets("cli", o, Set.of());
    }
  }

  @Test
  void theInProcessServerUnderEveryFaultLeaksNothing() throws Exception {
    ClientSettings settings =
        ClientSettings.of(emulator.apiUrl(), Secret.of(API_KEY), Secret.of(SECRET))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    RecordingSigner signer =
        new RecordingSigner(
            settings,
            ResilienceSettings.defaults()
                .withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5))
                .withBreaker(1_000, Duration.ofSeconds(1)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    ByteArrayOutputStream serverOut = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream realErr = System.err;
    Pipe toServer = new Pipe();
    Pipe toClient = new Pipe();
    OutputStream tee = new TeeStream(toClient.output(), serverOut);
    StringBuilder texts = new StringBuilder();
    System.setErr(new PrintStream(new TeeStream(realErr, err), true, StandardCharsets.UTF_8));
    try {
      ToolContext context =
          ToolContext.builder(signer.client(), new Parallel(pool))
              .callDeadline(Duration.ofSeconds(10))
              .build();
      StdioServer server = new StdioServer(toServer.input(), tee, ToolRegistry.standard(), context);
      McpSyncClient mcp =
          McpClient.sync(
                  new StreamClientTransport(
                      toClient.input(), toServer.output(), McpJsonDefaults.getMapper()))
              .requestTimeout(Duration.ofSeconds(60))
              .build();
      try {
        mcp.initialize();
        for (Consumer<KayakoEmulator> fault : FAULTS) {
          reset();
          fault.accept(emulator);
          for (Map.Entry<String, String> call : CALLS) {
            @SuppressWarnings("unchecked")
            Map<String, Object> args =
                McpJsonDefaults.getMapper().readValue(call.getValue(), Map.class);
            CallToolResult r = mcp.callTool(new CallToolRequest(call.getKey(), args));
            for (Content c : r.content()) {
              if (c instanceof TextContent t) {
                texts.append(t.text()).append('\n');
              }
            }
            texts.append(String.valueOf(r.structuredContent())).append('\n');
          }
        }
      } finally {
        reset();
        mcp.closeGracefully();
        server.close();
      }
    } finally {
      System.setErr(realErr);
      pool.shutdownNow();
    }
    Set<String> extra = new LinkedHashSet<>();
    for (String salt : signer.salts()) {
      extra.add(salt);
      extra.add(RecordingSigner.signature(Secret.of(API_KEY), Secret.of(SECRET), salt));
    }
    assertThat(signer.salts()).as("requests were signed").hasSizeGreaterThan(50);
    assertNoSecrets("tool results", texts.toString(), extra);
    assertNoSecrets("server stdout", serverOut.toString(StandardCharsets.UTF_8), extra);
    assertNoSecrets("stderr", err.toString(StandardCharsets.UTF_8), extra);
  }

  // ---- helpers ----

  static void assertNoSecrets(String where, String text, Set<String> extra) {
    Set<String> forbidden = new LinkedHashSet<>(List.of(API_KEY, SECRET, WRONG_SECRET));
    forbidden.addAll(extra);
    for (String s : forbidden) {
      assertThat(text).as(where + " must not contain a credential").doesNotContain(s);
      assertThat(text)
          .as(where + " must not contain a URL-encoded credential")
          .doesNotContain(URLEncoder.encode(s, StandardCharsets.UTF_8));
    }
    Matcher m = AUTH_PARAM.matcher(text);
    assertThat(m.find())
        .as(where + ": an auth parameter with its value: " + (m.find(0) ? m.group() : ""))
        .isFalse();
  }

  static List<String> java(String... jvmArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xlog:all=warning:stderr");
    cmd.addAll(List.of(jvmArgs));
    cmd.add("-jar");
    Path jar = Path.of(System.getProperty("kayako.jar", "target/kayako-mcp-0.1.0.jar"));
    assertThat(jar).exists();
    cmd.add(jar.toString());
    return cmd;
  }

  static void env(ProcessBuilder pb, String secret) {
    pb.environment().put("KAYAKO_API_URL", emulator.apiUrl());
    pb.environment().put("KAYAKO_API_KEY", API_KEY);
    pb.environment().put("KAYAKO_SECRET_KEY", secret);
  }

  static String run(String secret, String... args) throws Exception {
    List<String> cmd = java("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    env(pb, secret);
    return output(pb);
  }

  static String runWithFlags(String... args) throws Exception {
    List<String> cmd = java("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("KAYAKO_API_KEY");
    pb.environment().remove("KAYAKO_SECRET_KEY");
    return output(pb);
  }

  private static String output(ProcessBuilder pb) throws Exception {
    pb.directory(Files.createTempDirectory("kayako-leak-cwd").toFile()); // no stray .env
    Process p = pb.redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    gathered.add(out);
    return out;
  }

  private static void send(OutputStream in, String line) throws Exception {
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** Writes to two streams. */
  static final class TeeStream extends OutputStream {
    private final OutputStream a;
    private final ByteArrayOutputStream b;

    TeeStream(OutputStream a, ByteArrayOutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) throws java.io.IOException {
      write(new byte[] {(byte) x}, 0, 1);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      synchronized (b) {
        b.write(buf, off, len);
      }
      a.write(buf, off, len);
    }

    @Override
    public void flush() throws java.io.IOException {
      a.flush();
    }
  }
}
