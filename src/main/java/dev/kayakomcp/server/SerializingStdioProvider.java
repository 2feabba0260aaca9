package dev.kayakomcp.server;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The SDK's stdio transport, made safe for tool calls that finish at the same moment. Its session
 * transport emits each outgoing message with {@code tryEmitNext} on a unicast sink, which fails
 * (and the answer is lost, the client waits forever) when two threads emit at once
 * (modelcontextprotocol/java-sdk#686, fixed upstream by retrying the emission, #935). This does the
 * same from outside: a send refused that way is tried again, briefly.
 */
final class SerializingStdioProvider extends StdioServerTransportProvider {

  SerializingStdioProvider(McpJsonMapper mapper, InputStream in, OutputStream out, int maxLine) {
    super(mapper, in, out, maxLine);
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory factory) {
    super.setSessionFactory(transport -> factory.create(new RetryingSend(transport)));
  }

  /** Delegates everything; retries a send the sink refused because another send was under way. */
  private record RetryingSend(McpServerTransport delegate) implements McpServerTransport {

    private static final Retry CONTENDED =
        Retry.fixedDelay(2_000, Duration.ofMillis(1))
            .filter(
                e ->
                    e.getMessage() != null && e.getMessage().contains("Failed to enqueue message"));

    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
      return delegate.sendMessage(message).retryWhen(CONTENDED);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return delegate.closeGracefully();
    }

    @Override
    public void close() {
      delegate.close();
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
      return delegate.unmarshalFrom(data, typeRef);
    }

    @Override
    public List<String> protocolVersions() {
      return delegate.protocolVersions();
    }
  }
}
