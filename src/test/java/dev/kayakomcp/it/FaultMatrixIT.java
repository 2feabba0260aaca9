package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.ResilienceSettings;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every transport and server fault the emulator can inject, through the real MCP path: each call
 * ends in a clear error result (or a success after a retry where a retry is right) within its
 * deadline, and the next call is served normally.
 */
@Timeout(120)
class FaultMatrixIT {

  /** The tool-call deadline in this test. */
  static final Duration DEADLINE = Duration.ofSeconds(3);

  /** Slack for scheduling on a busy two-core machine; the deadline itself is the real bound. */
  static final long MARGIN_MS = 2_500;

  static KayakoEmulator emulator;
  static McpSession session;
  static Map<String, Object> ticket;

  @BeforeAll
  static void start() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults().seed(6).tickets(40));
    session =
        McpSession.on(settings(emulator.apiUrl(), emulator.secretKey()))
            .resilience(resilience())
            .callDeadline(DEADLINE)
            .open();
    ticket = Map.of("ticket_id", String.valueOf(emulator.helpdesk().tickets.firstKey()));
    assertServedNormally(); // warms the lookup cache: later faults hit the ticket GET itself
  }

  @AfterAll
  static void stop() {
    session.close();
    emulator.close();
  }

  @AfterEach
  void nextCallIsServedNormally() {
    emulator.faults().clear();
    emulator.settings().apiEnabled(true);
    assertServedNormally();
  }

  static ClientSettings settings(String url, String secret) {
    return ClientSettings.of(url, Secret.of(emulator.apiKey()), Secret.of(secret))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
  }

  static ResilienceSettings resilience() {
    return ResilienceSettings.defaults();
  }

  static void assertServedNormally() {
    CallToolResult r = session.call("kayako_get_ticket", ticket);
    assertThat(r.isError()).as(McpSession.text(r)).isFalse();
  }

  record Timed(CallToolResult result, long millis) {
    String text() {
      return McpSession.text(result);
    }
  }

  static Timed call(McpSession s) {
    long t0 = System.nanoTime();
    CallToolResult r = s.call("kayako_get_ticket", ticket);
    return new Timed(r, (System.nanoTime() - t0) / 1_000_000);
  }

  static void assertError(Timed t, String... phrases) {
    assertThat(t.result().isError()).as(t.text()).isTrue();
    assertThat(t.text()).contains(phrases);
    assertThat(t.millis()).as("elapsed ms").isLessThan(DEADLINE.toMillis() + MARGIN_MS);
  }

  static void assertSuccess(Timed t) {
    assertThat(t.result().isError()).as(t.text()).isFalse();
    assertThat(t.millis()).as("elapsed ms").isLessThan(DEADLINE.toMillis() + MARGIN_MS);
  }

  @Test
  void rateLimitOnceIsRetriedAfterRetryAfter() {
    emulator.faults().rateLimit(1, 1).remaining(1);
    Timed t = call(session);
    assertSuccess(t);
    assertThat(t.millis()).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(900);
  }

  @Test
  void rateLimitAskingForTooLongFailsAtOnceAndSaysSo() {
    emulator.faults().rateLimit(1, 120).remaining(1);
    Timed t = call(session);
    assertError(t, "429", "wait 120 s");
    assertThat(t.millis()).isLessThan(1_500);
  }

  @Test
  void persistentRateLimitEndsInAClearError() {
    emulator.faults().rateLimit(1, 0);
    assertError(call(session), "429", "try again");
  }

  @Test
  void internalErrorIsNotRetriedAndNamed() {
    emulator.faults().serverErrors(1, 500).remaining(1);
    assertError(call(session), "internal error", "HTTP 500");
  }

  @Test
  void badGatewayOnceIsRetried() {
    emulator.faults().serverErrors(1, 502).remaining(1);
    assertSuccess(call(session));
  }

  @Test
  void unavailableOnceIsRetried() {
    emulator.faults().serverErrors(1, 503).remaining(2);
    assertSuccess(call(session));
  }

  @Test
  void persistentUnavailableEndsInAClearError() {
    emulator.faults().serverErrors(1, 503);
    assertError(call(session), "HTTP 503", "Try again later");
  }

  @Test
  void noAnswerEndsAtTheDeadline() {
    emulator.faults().noAnswer(1, 60_000).remaining(1);
    Timed t = call(session);
    assertError(t, "deadline");
    assertThat(t.millis()).isGreaterThanOrEqualTo(DEADLINE.toMillis() - 200);
  }

  @Test
  void slowBodyEndsAtTheDeadline() {
    emulator.faults().bytesPerSecond(300).remaining(1);
    assertError(call(session), "deadline");
  }

  @Test
  void aConnectionCutOnceIsRetried() {
    emulator.faults().cut(1).remaining(1);
    assertSuccess(call(session));
  }

  @Test
  void connectionsCutEveryTimeEndInAClearError() {
    emulator.faults().cut(1);
    assertError(call(session), "connection", "failed");
  }

  @Test
  void malformedXmlIsNamed() {
    emulator.faults().malformedXml(1).remaining(1);
    assertError(call(session), "not readable XML");
  }

  @Test
  void anHtmlProxyPageIsNamed() {
    emulator.faults().htmlError(1);
    assertError(call(session), "502", "Bad Gateway");
  }

  @Test
  void aPhpNoticeBeforeTheXmlIsStillRead() {
    emulator.faults().phpNotice(1).remaining(1);
    Timed t = call(session);
    // Either the notice is skipped or it is reported; never a crash, never a hang.
    assertThat(t.millis()).isLessThan(DEADLINE.toMillis() + MARGIN_MS);
    assertThat(t.text()).isNotBlank();
  }

  @Test
  void wrongCredentialsAre401() {
    try (McpSession wrong =
        McpSession.on(settings(emulator.apiUrl(), "bm90LXRoZS1zZWNyZXQ="))
            .resilience(resilience())
            .callDeadline(DEADLINE)
            .open()) {
      assertError(call(wrong), "FAILED TO AUTHENTICATE", "secret key");
    }
  }

  @Test
  void disabledApiIs403() {
    emulator.settings().apiEnabled(false);
    assertError(call(session), "403", "REST API");
  }

  @Test
  void aWrongPathOnTheRightHostIsNamed() {
    try (McpSession wrong =
        McpSession.on(settings(emulator.baseUrl() + "/no/such/api.php", emulator.secretKey()))
            .resilience(resilience())
            .callDeadline(DEADLINE)
            .open()) {
      assertError(call(wrong), "base URL");
    }
  }

  @Test
  void aPortWhereNothingListensIsRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (McpSession wrong =
        McpSession.on(settings("http://127.0.0.1:" + port + "/api/index.php", emulator.secretKey()))
            .resilience(resilience())
            .callDeadline(DEADLINE)
            .open()) {
      assertError(call(wrong), "refused");
    }
  }

  @Test
  void repeatedFailuresOpenTheBreakerWhichSaysSoAndClosesAgain() throws Exception {
    try (McpSession fragile =
        McpSession.on(settings(emulator.apiUrl(), emulator.secretKey()))
            .resilience(resilience().withBreaker(3, Duration.ofSeconds(2)))
            .callDeadline(DEADLINE)
            .open()) {
      emulator.faults().serverErrors(1, 500);
      for (int i = 0; i < 3; i++) {
        assertError(call(fragile), "HTTP 500");
      }
      Timed refused = call(fragile);
      assertError(refused, "Kayako has failed 3 times in a row; pausing calls for 2 s", "HTTP 500");
      assertThat(refused.millis()).isLessThan(500);
      emulator.faults().clear();
      Thread.sleep(2_200);
      assertSuccess(call(fragile));
      assertThat(fragile.kayako().breakerState()).isEqualTo("CLOSED");
    }
  }
}
