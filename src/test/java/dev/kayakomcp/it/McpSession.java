package dev.kayakomcp.it;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.ResilienceSettings;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.server.Pipe;
import dev.kayakomcp.server.StdioServer;
import dev.kayakomcp.server.StreamClientTransport;
import dev.kayakomcp.tools.AttachmentLimits;
import dev.kayakomcp.tools.Parallel;
import dev.kayakomcp.tools.SearchResultCache;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolRegistry;
import dev.kayakomcp.tools.WriteContext;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real server on in-memory stdio, driven by the MCP Java SDK's client, against an emulator.
 * Everything the server writes to its stdout is kept so tests can check every line.
 */
final class McpSession implements AutoCloseable {

  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final ByteArrayOutputStream serverStdout = new ByteArrayOutputStream();
  private final StdioServer server;
  private final McpSyncClient client;
  private final List<String> texts = java.util.Collections.synchronizedList(new ArrayList<>());
  private final KayakoClient kayako;
  private final List<io.modelcontextprotocol.spec.McpSchema.ProgressNotification> progress =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  McpSession(KayakoEmulator emulator) {
    this(emulator, ToolRegistry.standard(), AttachmentLimits.DEFAULTS);
  }

  /** A session whose server exposes only {@code registry}'s tools. */
  McpSession(KayakoEmulator emulator, ToolRegistry registry) {
    this(emulator, registry, AttachmentLimits.DEFAULTS);
  }

  McpSession(KayakoEmulator emulator, AttachmentLimits limits) {
    this(emulator, ToolRegistry.standard(), limits);
  }

  McpSession(KayakoEmulator emulator, ToolRegistry registry, AttachmentLimits limits) {
    this(emulator, registry, limits, WriteContext.readOnly(Clock.systemUTC()), null);
  }

  /**
   * A session whose server has these write settings (and the tools they allow), and whose client
   * answers elicitation requests with {@code elicitation} (null: the client offers none).
   */
  McpSession(
      KayakoEmulator emulator,
      WriteContext writes,
      java.util.function.Function<
              io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest,
              io.modelcontextprotocol.spec.McpSchema.ElicitResult>
          elicitation) {
    this(
        emulator,
        ToolRegistry.forWrites(writes.settings()),
        AttachmentLimits.DEFAULTS,
        writes,
        elicitation);
  }

  McpSession(
      KayakoEmulator emulator,
      ToolRegistry registry,
      AttachmentLimits limits,
      WriteContext writes,
      java.util.function.Function<
              io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest,
              io.modelcontextprotocol.spec.McpSchema.ElicitResult>
          elicitation) {
    this(
        settings(emulator),
        ResilienceSettings.defaults(),
        ToolContext.DEFAULT_CALL_DEADLINE,
        registry,
        limits,
        writes,
        elicitation);
  }

  /** A session whose server tells time by {@code clock} and reports with {@code reports}. */
  McpSession(KayakoEmulator emulator, Clock clock, dev.kayakomcp.tools.Reports reports) {
    this(
        settings(emulator),
        ResilienceSettings.defaults(),
        ToolContext.DEFAULT_CALL_DEADLINE,
        ToolRegistry.standard(),
        AttachmentLimits.DEFAULTS,
        WriteContext.readOnly(clock),
        null,
        SearchResultCache.standard(),
        clock,
        reports);
  }

  /** A session with write tools as {@code writes} allows, whose tool calls have this deadline. */
  McpSession(KayakoEmulator emulator, WriteContext writes, Duration callDeadline) {
    this(
        settings(emulator),
        ResilienceSettings.defaults(),
        callDeadline,
        ToolRegistry.forWrites(writes.settings()),
        AttachmentLimits.DEFAULTS,
        writes,
        null);
  }

  /** A session with its own client settings, resilience policies and tool-call deadline. */
  McpSession(ClientSettings settings, ResilienceSettings resilience, Duration callDeadline) {
    this(
        settings,
        resilience,
        callDeadline,
        ToolRegistry.standard(),
        AttachmentLimits.DEFAULTS,
        WriteContext.readOnly(Clock.systemUTC()),
        null);
  }

  /** A session whose server assumes {@code searches}' Kayako search result limit. */
  static McpSession withSearches(KayakoEmulator emulator, SearchResultCache searches) {
    return new McpSession(
        settings(emulator),
        ResilienceSettings.defaults(),
        ToolContext.DEFAULT_CALL_DEADLINE,
        ToolRegistry.standard(),
        AttachmentLimits.DEFAULTS,
        WriteContext.readOnly(Clock.systemUTC()),
        null,
        searches,
        Clock.systemUTC(),
        dev.kayakomcp.tools.Reports.standard());
  }

  private McpSession(
      ClientSettings settings,
      ResilienceSettings resilience,
      Duration callDeadline,
      ToolRegistry registry,
      AttachmentLimits limits,
      WriteContext writes,
      java.util.function.Function<
              io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest,
              io.modelcontextprotocol.spec.McpSchema.ElicitResult>
          elicitation) {
    this(
        settings,
        resilience,
        callDeadline,
        registry,
        limits,
        writes,
        elicitation,
        SearchResultCache.standard(),
        Clock.systemUTC(),
        dev.kayakomcp.tools.Reports.standard());
  }

  private McpSession(
      ClientSettings settings,
      ResilienceSettings resilience,
      Duration callDeadline,
      ToolRegistry registry,
      AttachmentLimits limits,
      WriteContext writes,
      java.util.function.Function<
              io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest,
              io.modelcontextprotocol.spec.McpSchema.ElicitResult>
          elicitation,
      SearchResultCache searches,
      Clock clock,
      dev.kayakomcp.tools.Reports reports) {
    KayakoClient kayako = new KayakoClient(settings, resilience);
    this.kayako = kayako;
    ToolContext context =
        ToolContext.builder(kayako, new Parallel(pool))
            .clock(clock)
            .searchCache(searches)
            .attachmentLimits(limits)
            .writes(writes)
            .callDeadline(callDeadline)
            .reports(reports)
            .build();
    Pipe toServer = new Pipe();
    Pipe toClient = new Pipe();
    OutputStream tee = new Tee(toClient.output(), serverStdout);
    server = new StdioServer(toServer.input(), tee, registry, context);
    var spec =
        McpClient.sync(
                new StreamClientTransport(
                    toClient.input(), toServer.output(), McpJsonDefaults.getMapper()))
            .requestTimeout(Duration.ofSeconds(60))
            .progressConsumer(progress::add);
    if (elicitation != null) {
      spec =
          spec.capabilities(
                  io.modelcontextprotocol.spec.McpSchema.ClientCapabilities.builder()
                      .elicitation()
                      .build())
              .elicitation(elicitation);
    }
    client = spec.build();
    client.initialize();
  }

  /** A tool context on {@code emulator}, for tests that build their own server. */
  static ToolContext context(KayakoEmulator emulator, ExecutorService pool) {
    return ToolContext.builder(new KayakoClient(settings(emulator)), new Parallel(pool)).build();
  }

  private static ClientSettings settings(KayakoEmulator emulator) {
    return ClientSettings.of(
            emulator.apiUrl(), Secret.of(emulator.apiKey()), Secret.of(emulator.secretKey()))
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
  }

  /** The Kayako client under the server. */
  KayakoClient kayako() {
    return kayako;
  }

  McpSyncClient client() {
    return client;
  }

  CallToolResult call(String tool, Map<String, Object> args) {
    CallToolResult r = client.callTool(new CallToolRequest(tool, args));
    texts.add(text(r));
    return r;
  }

  static String text(CallToolResult r) {
    StringBuilder sb = new StringBuilder();
    for (Content c : r.content()) {
      if (c instanceof TextContent t) {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> structured(CallToolResult r) {
    return (Map<String, Object>) r.structuredContent();
  }

  /** Every line the server has written to its stdout so far. */
  List<String> serverStdoutLines() {
    synchronized (serverStdout) {
      return serverStdout.toString(StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Every progress notification received so far. */
  List<io.modelcontextprotocol.spec.McpSchema.ProgressNotification> progress() {
    return progress;
  }

  /** Calls a tool with a progress token, so the server reports its steps. */
  CallToolResult callWithProgress(String tool, Map<String, Object> args, String token) {
    CallToolResult r =
        client.callTool(
            CallToolRequest.builder().name(tool).arguments(args).progressToken(token).build());
    texts.add(text(r));
    return r;
  }

  /** The text of every tool result seen. */
  List<String> texts() {
    return texts;
  }

  @Override
  public void close() {
    client.closeGracefully();
    server.close();
    pool.shutdownNow();
  }

  /** Copies the server's output to the client and to a buffer. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final ByteArrayOutputStream b;

    Tee(OutputStream a, ByteArrayOutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) throws IOException {
      write(new byte[] {(byte) x}, 0, 1);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      synchronized (b) {
        b.write(buf, off, len);
      }
      a.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
    }

    @Override
    public void close() throws IOException {
      a.close();
    }
  }
}
