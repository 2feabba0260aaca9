package dev.kayakomcp.client;

import static dev.kayakomcp.client.ClientFixture.API_KEY;
import static dev.kayakomcp.client.ClientFixture.SALT;
import static dev.kayakomcp.client.ClientFixture.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kayakomcp.client.KayakoHttp.Call;
import dev.kayakomcp.client.KayakoHttp.Method;
import dev.kayakomcp.client.RecordingServer.Answer;
import dev.kayakomcp.client.RecordingServer.Recorded;
import dev.kayakomcp.xml.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTTP layer below {@link KayakoClient}: DELETE placement, and the retry behaviour the client
 * relies on from the JDK (a GET resent once after a connection closed without a byte; a POST
 * never).
 */
@Timeout(20)
class KayakoHttpTest {

  private static KayakoHttp http(String baseUrl) {
    ClientSettings settings = ClientFixture.settings(baseUrl);
    return new KayakoHttp(
        settings,
        new RequestSigner(settings.apiKey(), settings.secretKey(), () -> SALT),
        KayakoHttp.newHttpClient(settings));
  }

  @Test
  void deletePutsAuthInTheQueryAndSendsNoBody() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      server.on("/Tickets/TicketNote/1042/15", new Answer(200, "text/xml", new byte[0], Map.of()));

      http(server.baseUrl())
          .exchange(new Call(Method.DELETE, "/Tickets/TicketNote/1042/15", List.of(), "1042"));

      Recorded r = server.last();
      assertThat(r.method()).isEqualTo("DELETE");
      assertThat(r.body()).isEmpty();
      assertThat(r.query())
          .containsEntry("e", "/Tickets/TicketNote/1042/15")
          .containsEntry("apikey", API_KEY)
          .containsEntry("salt", SALT)
          .containsEntry("signature", RequestSigner.sign(SECRET, SALT));
    }
  }

  @Test
  void aGetWhoseConnectionDropsIsSentOnceMore() throws Exception {
    try (FlakyServer flaky = new FlakyServer(Fixtures.bytes("departments.xml"))) {
      assertThat(
              http(flaky.baseUrl())
                  .xml(Call.get("/Base/Department"), "departments")
                  .children("department"))
          .hasSize(1);
      assertThat(flaky.connections.get()).isEqualTo(2);
    }
  }

  @Test
  void aPostWhoseConnectionDropsIsNotRetried() throws Exception {
    try (FlakyServer flaky = new FlakyServer(Fixtures.bytes("notes.xml"))) {
      KayakoTransportException e =
          catchThrowableOfType(
              KayakoTransportException.class,
              () ->
                  http(flaky.baseUrl())
                      .xml(
                          new Call(
                              Method.POST,
                              "/Tickets/TicketNote",
                              List.of(Map.entry("ticketid", "1042")),
                              "1042"),
                          "notes"));

      assertThat(e.kind()).isEqualTo(KayakoTransportException.Kind.IO);
      Thread.sleep(200); // give a (wrong) retry time to arrive
      assertThat(flaky.connections.get()).isEqualTo(1);
    }
  }

  @Test
  void anAnswerOverTheSizeLimitIsRefused() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      server.on("/Tickets/TicketPost/ListAll/1042", Answer.xml(Fixtures.bytes("posts.xml")));
      ClientSettings settings = ClientFixture.settings(server.baseUrl());
      KayakoHttp small =
          new KayakoHttp(
              settings,
              new RequestSigner(settings.apiKey(), settings.secretKey(), () -> SALT),
              KayakoHttp.newHttpClient(settings),
              256);

      UnexpectedResponseException e =
          catchThrowableOfType(
              UnexpectedResponseException.class,
              () -> small.xml(Call.get("/Tickets/TicketPost/ListAll/1042"), "posts"));

      assertThat(e.getMessage()).contains("larger than").contains("count");
      KayakoClientErrorTest.assertNoSecrets(e);
    }
  }

  /** Drops the first connection without a byte, answers 200 with XML on later ones. */
  private static final class FlakyServer implements AutoCloseable {
    final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket socket;

    FlakyServer(byte[] xml) throws IOException {
      socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
      Thread t =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket s = socket.accept()) {
                    if (connections.incrementAndGet() == 1) {
                      continue; // closed at once
                    }
                    BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    String line;
                    while ((line = in.readLine()) != null && !line.isEmpty()) {
                      // skip request headers
                    }
                    OutputStream out = s.getOutputStream();
                    out.write(
                        ("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n"
                                + "Content-Length: "
                                + xml.length
                                + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(xml);
                    out.flush();
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      t.setDaemon(true);
      t.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/api/index.php";
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
