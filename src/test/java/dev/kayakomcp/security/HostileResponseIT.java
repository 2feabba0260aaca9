package dev.kayakomcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.ResilienceSettings;
import dev.kayakomcp.client.UnexpectedResponseException;
import dev.kayakomcp.config.Secret;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile or broken "Kayako" (a tiny JDK server) answering the real client: external entities and
 * entity expansion are refused, an endless body stops at the byte cap with a clear error, and a
 * huge declared length is refused before the body is read.
 */
@Timeout(60)
class HostileResponseIT {

  private static final long CAP = 64L * 1024 * 1024;

  private HttpServer server;
  private volatile Answer answer;
  private final AtomicLong bytesWritten = new AtomicLong();

  @FunctionalInterface
  interface Answer {
    void write(HttpExchange exchange) throws IOException;
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try {
            answer.write(exchange);
          } catch (IOException e) {
            // the client hung up, as it should
          } finally {
            exchange.close();
          }
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private KayakoClient client() {
    return new KayakoClient(
        ClientSettings.of(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/api/index.php",
                Secret.of("hostile-test-api-key"),
                Secret.of("hostile-test-secret-key"))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20)),
        ResilienceSettings.defaults().withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1)));
  }

  private static void xml(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
    answer =
        ex ->
            xml(
                ex,
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \""
                    + secret.toUri()
                    + "\">]><departments><department><id>1</id><title>&x;</title>"
                    + "</department></departments>");

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client().departments());

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("not readable XML").doesNotContain("TOP-SECRET-MARKER");
  }

  @Test
  void entityExpansionIsRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE d [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"");
      dtd.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    answer =
        ex ->
            xml(
                ex,
                "<?xml version=\"1.0\"?>"
                    + dtd
                    + "<departments><department><title>&a9;</title></department></departments>");
    long t0 = System.nanoTime();

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client().departments());

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("not readable XML");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void anEndlessBodyStopsAtTheCapWithAClearError() {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    answer =
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/xml");
          ex.sendResponseHeaders(200, 0); // chunked, no length: it never ends
          OutputStream out = ex.getResponseBody();
          out.write("<?xml version=\"1.0\"?><departments><x>".getBytes(StandardCharsets.UTF_8));
          while (true) {
            out.write(chunk);
            bytesWritten.addAndGet(chunk.length);
          }
        };
    long t0 = System.nanoTime();

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client().departments());

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("larger than 64 MB").doesNotContain("hostile-test");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(20_000);
    // The client stopped reading at the cap: what the server got out is the cap plus buffers.
    assertThat(bytesWritten.get()).isLessThan(CAP + 16L * 1024 * 1024);
  }

  @Test
  void aHugeDeclaredLengthIsRefusedBeforeTheBody() {
    answer =
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/xml");
          ex.sendResponseHeaders(200, 10L * 1024 * 1024 * 1024);
          OutputStream out = ex.getResponseBody();
          out.write("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          try {
            Thread.sleep(30_000); // a body that would take forever
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    long t0 = System.nanoTime();

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client().departments());

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("larger than 64 MB");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3_000);
  }

  @Test
  void aStalledBodyEndsAtTheRequestTimeout() {
    answer =
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/xml");
          ex.sendResponseHeaders(200, 1000);
          ex.getResponseBody()
              .write("<?xml version=\"1.0\"?><depa".getBytes(StandardCharsets.UTF_8));
          ex.getResponseBody().flush();
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    KayakoClient quick =
        new KayakoClient(
            ClientSettings.of(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/api/index.php",
                    Secret.of("hostile-test-api-key"),
                    Secret.of("hostile-test-secret-key"))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)));
    long t0 = System.nanoTime();

    KayakoApiException e = catchThrowableOfType(KayakoApiException.class, quick::departments);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("did not answer in time");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
  }
}
