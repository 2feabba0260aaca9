package dev.kayakomcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.tools.Parallel;
import dev.kayakomcp.tools.ToolContext;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class InstructionsTest {

  private static ToolContext context(String url, ExecutorService pool, String key, String secret) {
    KayakoClient client =
        new KayakoClient(
            ClientSettings.of(url, Secret.of(key), Secret.of(secret))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)));
    return ToolContext.builder(client, new Parallel(pool)).build();
  }

  @Test
  void anUnreachableKayakoFallsBackToTheStaticText() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      String text = Instructions.text(context("http://127.0.0.1:1/api/index.php", pool, "k", "s"));
      assertThat(text).isEqualTo(Instructions.text());
      assertThat(text.length()).isLessThanOrEqualTo(Instructions.MAX_CHARS);
      assertThat(text).contains("untrusted-customer-content").contains("server time");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aReachableKayakoAddsDepartmentsAndStatusesWithinTheLimit() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (KayakoEmulator emulator = KayakoEmulator.start(EmulatorOptions.defaults())) {
      String text =
          Instructions.text(
              context(emulator.apiUrl(), pool, emulator.apiKey(), emulator.secretKey()));
      assertThat(text).startsWith(Instructions.text()).contains("Ticket departments (id title): ");
      assertThat(text.length()).isLessThanOrEqualTo(Instructions.MAX_CHARS);
      emulator
          .helpdesk()
          .statuses
          .values()
          .forEach(s -> assertThat(text).contains(s.id() + " " + s.title()));
    } finally {
      pool.shutdownNow();
    }
  }
}
