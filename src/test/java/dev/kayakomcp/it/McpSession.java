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
import dev.kayakomcp.tools.Reports;
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
import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
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
import java.util.function.Function;

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

  /** A session on {@code emulator} with every read tool and the defaults of {@link Builder}. */
  McpSession(KayakoEmulator emulator) {
    this(on(emulator));
  }

  /** A session to build on {@code emulator}'s helpdesk. */
  static Builder on(KayakoEmulator emulator) {
    return new Builder(settings(emulator));
  }

  /** A session to build with its own client settings (a wrong key, URL or port). */
  static Builder on(ClientSettings settings) {
    return new Builder(settings);
  }

  /** What a test may change about the server under the session; the rest stays the default. */
  static final class Builder {
    private final ClientSettings settings;
    private ResilienceSettings resilience = ResilienceSettings.defaults();
    private Duration callDeadline = ToolContext.DEFAULT_CALL_DEADLINE;
    private ToolRegistry registry;
    private AttachmentLimits limits = AttachmentLimits.DEFAULTS;
    private WriteContext writes;
    private Function<ElicitFormRequest, ElicitResult> elicitation;
    private SearchResultCache searches = SearchResultCache.standard();
    private Clock clock = Clock.systemUTC();
    private Reports reports = Reports.standard();

    private Builder(ClientSettings settings) {
      this.settings = settings;
    }

    Builder resilience(ResilienceSettings r) {
      resilience = r;
      return this;
    }

    Builder callDeadline(Duration d) {
      callDeadline = d;
      return this;
    }

    /** Only these tools (default: every read tool, plus the write tools {@link #writes} allows). */
    Builder registry(ToolRegistry r) {
      registry = r;
      return this;
    }

    Builder attachmentLimits(AttachmentLimits l) {
      limits = l;
      return this;
    }

    /**
     * The server's write settings; the write tools they allow are listed unless {@link #registry}.
     */
    Builder writes(WriteContext w) {
      writes = w;
      return this;
    }

    /** How the client answers elicitation requests (default: the client offers none). */
    Builder elicitation(Function<ElicitFormRequest, ElicitResult> e) {
      elicitation = e;
      return this;
    }

    Builder searches(SearchResultCache c) {
      searches = c;
      return this;
    }

    /** The server's clock (read-only writes follow it unless {@link #writes} is given). */
    Builder clock(Clock c) {
      clock = c;
      return this;
    }

    Builder reports(Reports r) {
      reports = r;
      return this;
    }

    McpSession open() {
      return new McpSession(this);
    }
  }

  private McpSession(Builder b) {
    WriteContext writes = b.writes != null ? b.writes : WriteContext.readOnly(b.clock);
    ToolRegistry registry =
        b.registry != null
            ? b.registry
            : b.writes != null
                ? ToolRegistry.forWrites(writes.settings())
                : ToolRegistry.standard();
    kayako = new KayakoClient(b.settings, b.resilience);
    ToolContext context =
        ToolContext.builder(kayako, new Parallel(pool))
            .clock(b.clock)
            .searchCache(b.searches)
            .attachmentLimits(b.limits)
            .writes(writes)
            .callDeadline(b.callDeadline)
            .reports(b.reports)
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
    if (b.elicitation != null) {
      spec =
          spec.capabilities(
                  io.modelcontextprotocol.spec.McpSchema.ClientCapabilities.builder()
                      .elicitation()
                      .build())
              .elicitation(b.elicitation);
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
