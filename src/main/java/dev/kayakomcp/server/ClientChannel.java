package dev.kayakomcp.server;

import dev.kayakomcp.tools.Confirmer;
import dev.kayakomcp.tools.ElicitationConfirmer;
import dev.kayakomcp.tools.Progress;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server may tell the client while it handles one request: progress steps (only when the
 * request carried a progress token) and log messages (the SDK drops those below the level the
 * client chose with {@code logging/setLevel}). Stateless HTTP has no channel back: {@link #NONE}.
 */
interface ClientChannel {

  Logger LOG = LoggerFactory.getLogger(ClientChannel.class);

  /** Says nothing. */
  ClientChannel NONE =
      new ClientChannel() {
        @Override
        public Progress progress(Object token) {
          return Progress.NONE;
        }

        @Override
        public void log(LoggingLevel level, String message) {}

        @Override
        public Confirmer confirmer() {
          return Confirmer.NONE;
        }
      };

  /** A progress reporter for the request with this token; {@link Progress#NONE} when null. */
  Progress progress(Object token);

  /** A log message to the client, if its level is at or above the one it asked for. */
  void log(LoggingLevel level, String message);

  /** Who confirms consequential writes: the person behind the client, where it can ask. */
  Confirmer confirmer();

  /** The channel of one session of the stateful transports. */
  static ClientChannel of(McpSyncServerExchange exchange) {
    return new ClientChannel() {
      @Override
      public Progress progress(Object token) {
        if (token == null) {
          return Progress.NONE;
        }
        AtomicInteger done = new AtomicInteger();
        return message -> {
          // Counted and sent under one lock so the values leave in increasing order.
          synchronized (done) {
            try {
              exchange.progressNotification(
                  new ProgressNotification(token, done.incrementAndGet(), null, message));
            } catch (RuntimeException e) {
              LOG.debug("Could not send a progress notification: {}", e.toString());
            }
          }
        };
      }

      @Override
      public Confirmer confirmer() {
        return new ElicitationConfirmer(exchange);
      }

      @Override
      public void log(LoggingLevel level, String message) {
        try {
          exchange.loggingNotification(
              LoggingMessageNotification.builder()
                  .level(level)
                  .logger(ServerInfo.NAME)
                  .data(message)
                  .build());
        } catch (RuntimeException e) {
          LOG.debug("Could not send a log notification: {}", e.toString());
        }
      }
    };
  }
}
