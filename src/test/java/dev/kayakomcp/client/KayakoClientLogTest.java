package dev.kayakomcp.client;

import static dev.kayakomcp.client.ClientFixture.API_KEY;
import static dev.kayakomcp.client.ClientFixture.SALT;
import static dev.kayakomcp.client.ClientFixture.SECRET;
import static dev.kayakomcp.client.ClientFixture.SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kayakomcp.client.RecordingServer.Answer;
import dev.kayakomcp.xml.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The request log (debug, via src/test/resources/simplelogger.properties) shows no secrets. */
@Timeout(20)
class KayakoClientLogTest {

  @Test
  void requestLogLinesAreRedacted() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    try (RecordingServer server = new RecordingServer()) {
      server.on("/Base/Department", Answer.xml(Fixtures.bytes("departments.xml")));
      server.on("/Tickets/TicketSearch", Answer.text(401, "FAILED TO AUTHENTICATE"));
      KayakoClient client = ClientFixture.client(server);
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));

      client.departments();
      catchThrowable(() -> client.searchTickets("x", EnumSet.of(SearchFlag.CONTENTS)));
    } finally {
      System.setErr(original);
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("GET").contains("/api/index.php?e=/Base/Department").contains("POST");
    for (String secret :
        new String[] {
          API_KEY, SECRET, SALT, SIGNATURE, URLEncoder.encode(SIGNATURE, StandardCharsets.UTF_8)
        }) {
      assertThat(log).doesNotContain(secret);
    }
  }
}
