package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many tool calls in flight at once on one stdio session, as an agent that calls tools in parallel
 * sends them: every call gets its answer (the SDK's stdio transport used to drop answers that were
 * ready at the same moment, modelcontextprotocol/java-sdk#686).
 */
@Timeout(180)
class ConcurrentCallsIT {

  @Test
  void sixteenConcurrentCallsOnOneSessionAreAllAnswered() throws Exception {
    try (KayakoEmulator emulator =
            KayakoEmulator.start(EmulatorOptions.defaults().seed(3).tickets(40));
        McpSession session = new McpSession(emulator)) {
      List<Integer> ids = new ArrayList<>(emulator.helpdesk().tickets.keySet());
      ExecutorService clients = Executors.newFixedThreadPool(16);
      try {
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 16 * 25; i++) {
          String id = String.valueOf(ids.get(i % ids.size()));
          answers.add(
              clients.submit(
                  () -> {
                    CallToolResult r = session.call("kayako_get_ticket", Map.of("ticket_id", id));
                    return Boolean.TRUE.equals(r.isError());
                  }));
        }
        for (Future<Boolean> a : answers) {
          assertThat(a.get(90, TimeUnit.SECONDS)).as("an error result").isFalse();
        }
      } finally {
        clients.shutdownNow();
      }
    }
  }
}
