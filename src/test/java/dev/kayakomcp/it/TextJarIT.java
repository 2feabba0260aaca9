package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Ticket;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The text tools from the shaded jar: Lucene finds its codecs and Carrot2 its language resources
 * through Java's service loader, which only works when the jar's merged META-INF/services hold
 * them.
 */
@Timeout(180)
class TextJarIT {

  private static KayakoEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults().seed(3).tickets(200));
    emulator.settings().searchResultLimit(20);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static String call(String... args) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(StdioProcessIT.javaCommand(args))
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("KAYAKO_API_URL", emulator.apiUrl());
    pb.environment().put("KAYAKO_API_KEY", emulator.apiKey());
    pb.environment().put("KAYAKO_SECRET_KEY", emulator.secretKey());
    pb.environment().put("KAYAKO_SEARCH_RESULT_LIMIT", "20");
    File out = Files.createTempFile("kayako-text", ".out").toFile();
    Process p = pb.redirectOutput(out).start();
    assertThat(p.waitFor()).as("exit code of %s", List.of(args)).isZero();
    return Files.readString(out.toPath(), StandardCharsets.UTF_8);
  }

  @Test
  void searchThemesAndSimilarRunFromTheJar() throws Exception {
    assertThat(call("call", "kayako_search_tickets", "query=password reset"))
        .contains("most relevant first")
        .contains("Search limit reached")
        .contains("<untrusted-customer-content>");
    assertThat(call("call", "kayako_ticket_themes", "max_tickets=150"))
        .contains("# Common issues")
        .contains("Read 150 tickets");
    Ticket t = emulator.helpdesk().tickets.firstEntry().getValue();
    assertThat(call("call", "kayako_find_similar_tickets", "ticket_id=" + t.id()))
        .contains("# Tickets similar to");
  }
}
