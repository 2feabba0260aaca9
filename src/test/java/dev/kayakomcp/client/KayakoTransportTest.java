package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kayakomcp.client.KayakoTransportException.Kind;
import dev.kayakomcp.client.RecordingServer.Answer;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.xml.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Failures before any HTTP response, told apart by kind. */
@Timeout(30)
class KayakoTransportTest {

  @Test
  void connectionRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    KayakoClient client =
        ClientFixture.client(
            ClientFixture.settings("http://127.0.0.1:" + port + "/"),
            new ClientFixture.FakeTicker());

    KayakoTransportException e =
        catchThrowableOfType(KayakoTransportException.class, client::departments);

    assertThat(e.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
    assertThat(e.status()).isZero();
    assertThat(e.getMessage()).contains("refused").contains("127.0.0.1");
    KayakoClientErrorTest.assertNoSecrets(e);
  }

  @Test
  void requestTimeout() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      server.on("/Base/Department", Answer.xml(Fixtures.bytes("departments.xml"))).delay(2000);
      KayakoClient client =
          ClientFixture.client(
              ClientFixture.settings(server.baseUrl())
                  .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)),
              new ClientFixture.FakeTicker());

      KayakoTransportException e =
          catchThrowableOfType(KayakoTransportException.class, client::departments);

      assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(e.getMessage()).contains("did not answer in time");
      KayakoClientErrorTest.assertNoSecrets(e);
    }
  }

  @Test
  void aBodyThatStallsAfterTheHeadersTimesOut() throws Exception {
    try (ServerSocket stalling = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread t =
          new Thread(
              () -> {
                try (Socket s = stalling.accept()) {
                  s.getOutputStream()
                      .write(
                          "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<?xml"
                              .getBytes(StandardCharsets.US_ASCII));
                  s.getOutputStream().flush();
                  Thread.sleep(10_000);
                } catch (IOException | InterruptedException ignored) {
                  // test over
                }
              });
      t.setDaemon(true);
      t.start();
      KayakoClient client =
          ClientFixture.client(
              ClientFixture.settings("http://127.0.0.1:" + stalling.getLocalPort() + "/")
                  .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)),
              new ClientFixture.FakeTicker());

      long started = System.nanoTime();
      KayakoTransportException e =
          catchThrowableOfType(KayakoTransportException.class, client::departments);

      assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void tlsAgainstAPlainHttpServer() throws Exception {
    // A server that answers plain HTTP to anything, as a misconfigured port would.
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answerer =
          new Thread(
              () -> {
                // Every connection, as a real misconfigured port would: a GET whose handshake
                // surfaces as a reset may be retried, and the retry must meet the same answer.
                while (!plain.isClosed()) {
                  try (Socket s = plain.accept()) {
                    s.getOutputStream()
                        .write(
                            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                  } catch (IOException ignored) {
                    // the client hung up first, or the test is over
                  }
                }
              });
      answerer.setDaemon(true);
      answerer.start();
      KayakoClient client =
          ClientFixture.client(
              // A loaded machine can take seconds over the JVM's first TLS handshake; the
              // handshake failure, not the clock, is what this test is about.
              ClientFixture.settings("https://127.0.0.1:" + plain.getLocalPort() + "/")
                  .withTimeouts(java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(30)),
              new ClientFixture.FakeTicker());

      KayakoTransportException e =
          catchThrowableOfType(KayakoTransportException.class, client::departments);

      assertThat(e.kind()).isEqualTo(Kind.TLS);
      assertThat(e.getMessage()).contains("TLS");
      KayakoClientErrorTest.assertNoSecrets(e);
    }
  }

  @Test
  void unknownHost() {
    KayakoClient client =
        ClientFixture.client(
            ClientSettings.of(
                    "https://no-such-host.invalid/",
                    Secret.of(ClientFixture.API_KEY),
                    Secret.of(ClientFixture.SECRET))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)),
            new ClientFixture.FakeTicker());

    KayakoTransportException e =
        catchThrowableOfType(KayakoTransportException.class, client::departments);

    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_HOST);
    assertThat(e.getMessage()).contains("no-such-host.invalid").contains("DNS");
    KayakoClientErrorTest.assertNoSecrets(e);
  }
}
