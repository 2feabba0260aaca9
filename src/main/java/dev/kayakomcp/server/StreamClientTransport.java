package dev.kayakomcp.server;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * An MCP client transport over a pair of streams carrying newline-delimited JSON-RPC: used by the
 * demo and the tests to drive the real server in the same process, exactly as a stdio client would.
 */
public final class StreamClientTransport implements McpClientTransport {

  private static final Logger LOG = LoggerFactory.getLogger(StreamClientTransport.class);

  private final InputStream fromServer;
  private final OutputStream toServer;
  private final McpJsonMapper mapper;
  private volatile boolean closing;

  public StreamClientTransport(
      InputStream fromServer, OutputStream toServer, McpJsonMapper mapper) {
    this.fromServer = fromServer;
    this.toServer = toServer;
    this.mapper = mapper;
  }

  @Override
  public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    return Mono.fromRunnable(
        () -> {
          Thread reader = new Thread(() -> readLoop(handler), "mcp-client-reader");
          reader.setDaemon(true);
          reader.start();
        });
  }

  private void readLoop(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8))) {
      String line;
      while (!closing && (line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JSONRPCMessage message = McpSchema.deserializeJsonRpcMessage(mapper, line);
        handler.apply(Mono.just(message)).subscribe();
      }
    } catch (IOException | RuntimeException e) {
      if (!closing) {
        LOG.warn("MCP client transport stopped reading: {}", e.toString());
      }
    }
  }

  @Override
  public Mono<Void> sendMessage(JSONRPCMessage message) {
    return Mono.fromRunnable(
        () -> {
          try {
            byte[] line =
                (mapper.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
            synchronized (toServer) {
              toServer.write(line);
              toServer.flush();
            }
          } catch (IOException e) {
            throw new IllegalStateException("the server's input is closed", e);
          }
        });
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.fromRunnable(
        () -> {
          closing = true;
          try {
            toServer.close();
          } catch (IOException e) {
            LOG.debug("closing the server's input", e);
          }
        });
  }

  @Override
  public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
    return mapper.convertValue(data, typeRef);
  }
}
