package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.xml.SafeXml;
import dev.kayakomcp.xml.XmlParseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every fault kind, set through the Java API and through the control endpoint. */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultsTest {

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  private final KayakoEmulator kayako;
  private final Api api;

  FaultsTest(KayakoEmulator kayako) {
    this.kayako = kayako;
    this.api = new Api(kayako);
  }

  private HttpResponse<String> control(String method, String route, String form) {
    return api.send(
        method,
        kayako.controlUrl() + route,
        form,
        form == null ? null : "application/x-www-form-urlencoded");
  }

  private HttpRequest ticketRequest() {
    return HttpRequest.newBuilder(URI.create(api.kayakoUrl("/Tickets/Ticket/1042")))
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  @Test
  void latencyDelaysAnswers() {
    kayako.faults().latencyMs(400);
    long start = System.nanoTime();
    HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ms).isGreaterThanOrEqualTo(400);
  }

  @Test
  void slowBodyThrottlesTheTransfer() {
    int size = api.get("/Tickets/Ticket/1042").body().getBytes(StandardCharsets.UTF_8).length;
    kayako.faults().bytesPerSecond(size);
    long start = System.nanoTime();
    HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.body()).isEqualTo(SpecSamples.TICKET_1042);
    assertThat(ms).isGreaterThanOrEqualTo(800);
  }

  @Test
  void serverErrorsOfAChosenOrRandomStatus() {
    kayako.faults().serverErrors(1.0, 503);
    HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).isEqualTo("Service Unavailable");
    kayako.faults().serverErrors(1.0, 0);
    for (int i = 0; i < 10; i++) {
      assertThat(api.get("/Tickets/Ticket/1042").statusCode()).isIn(500, 502, 503);
    }
  }

  @Test
  void serverErrorsDoNotTouchTheHelpdesk() {
    kayako.faults().serverErrors(1.0, 500);
    api.post("/Tickets/TicketNote", "ticketid", "1044", "staffid", "4", "contents", "lost");
    kayako.faults().clear();
    assertThat(api.get("/Tickets/TicketNote/ListAll/1044").body()).doesNotContain("lost");
  }

  @Test
  void afterCallTheWriteIsStoredAndThenTheAnswerIsA5xx() {
    kayako.faults().afterCall(true).serverErrors(1.0, 502).onlyMethod("POST").remaining(1);
    HttpResponse<String> r =
        api.post("/Tickets/TicketNote", "ticketid", "1044", "staffid", "4", "contents", "kept");
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.body()).isEqualTo("Bad Gateway");
    assertThat(api.get("/Tickets/TicketNote/ListAll/1044").body()).contains("kept");
    assertThat(kayako.faults().describe()).containsEntry("afterCall", "false");
  }

  @Test
  void rateLimitWithRetryAfter() {
    kayako.faults().rateLimit(1.0, 7);
    HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
  }

  @Test
  void noAnswerHoldsThenDropsTheConnection() {
    kayako.faults().noAnswer(1.0, 500);
    long start = System.nanoTime();
    assertThatThrownBy(() -> Api.raw(ticketRequest())).isInstanceOf(IOException.class);
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(500);
  }

  @Test
  void cutConnectionMidBody() {
    kayako.faults().cut(1.0);
    assertThatThrownBy(() -> Api.raw(ticketRequest())).isInstanceOf(IOException.class);
    kayako.faults().clear();
    assertThat(api.get("/Tickets/Ticket/1042").statusCode()).isEqualTo(200);
  }

  @Test
  void malformedXml() {
    kayako.faults().malformedXml(1.0);
    HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("<?xml").endsWith("<broken");
    assertThatThrownBy(() -> SafeXml.parse(r.body().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(XmlParseException.class);
  }

  @Test
  void htmlProxyErrorPage() {
    kayako.faults().htmlError(1.0);
    HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(r.body()).contains("<title>502 Bad Gateway</title>").contains("nginx");
  }

  @Test
  void phpNoticeBeforeTheXml() throws Exception {
    kayako.faults().phpNotice(1.0);
    HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("<br />\n<b>Notice</b>").endsWith(SpecSamples.TICKET_1042);
    // The project's parser skips everything before "<?xml", as the official PHP client does.
    assertThat(SafeXml.parse(r.body().getBytes(StandardCharsets.UTF_8)).child("ticket").attr("id"))
        .isEqualTo("1042");
  }

  @Test
  void onlyTheNextNRequests() {
    kayako.faults().serverErrors(1.0, 500).remaining(2);
    assertThat(api.get("/Tickets/Ticket/1042").statusCode()).isEqualTo(500);
    assertThat(api.get("/Tickets/Ticket/1042").statusCode()).isEqualTo(500);
    assertThat(api.get("/Tickets/Ticket/1042").statusCode()).isEqualTo(200);
    assertThat(kayako.faults().active()).isFalse();
  }

  @Test
  void controlEndpointShowsAndChangesEverything() {
    HttpResponse<String> shown = control("GET", "faults", null);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("latencyMs=0\n")
        .contains("apiEnabled=1\n")
        .contains("postOrder=asc\n")
        .contains("searchResultLimit=100\n");

    HttpResponse<String> changed =
        control("POST", "faults", "rateLimitShare=1&retryAfterSeconds=3&remaining=1");
    assertThat(changed.body()).contains("rateLimitShare=1.0").contains("retryAfterSeconds=3");
    HttpResponse<String> limited = api.get("/Tickets/Ticket/1042");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(api.get("/Tickets/Ticket/1042").statusCode()).isEqualTo(200);

    control("PUT", "faults", "apiEnabled=0");
    assertThat(api.get("/Base/Department").statusCode()).isEqualTo(403);
    control("POST", "faults", "apiEnabled=1&postOrder=desc&searchResultLimit=1");
    String posts = api.get("/Tickets/TicketPost/ListAll/1042").body();
    assertThat(posts.indexOf("[2214]")).isLessThan(posts.indexOf("[2210]"));
    assertThat(
            TicketEndpointsTest.ticketIds(
                api.post("/Tickets/TicketSearch", "query", "example", "email", "1").body()))
        .hasSize(1);

    control("POST", "faults", "phpNoticeShare=1&remaining=1");
    assertThat(api.get("/Base/Department").body()).startsWith("<br />");
    control("POST", "faults", "htmlErrorShare=1&latencyMs=5");
    assertThat(api.get("/Base/Department").statusCode()).isEqualTo(502);
    HttpResponse<String> reset = control("POST", "reset", "");
    assertThat(reset.body()).contains("htmlErrorShare=0.0").contains("postOrder=asc");
    assertThat(api.get("/Base/Department").statusCode()).isEqualTo(200);
  }

  @Test
  void everyShownSettingCanBeSet() {
    String shown = control("GET", "faults", null).body();
    for (String line : shown.strip().split("\n")) {
      HttpResponse<String> r = control("POST", "faults", line);
      assertThat(r.statusCode()).as(line).isEqualTo(200);
      assertThat(r.body()).isEqualTo(shown);
    }
  }

  @Test
  void controlEndpointRejectsNonsense() {
    assertThat(control("POST", "faults", "latencyMs=abc").statusCode()).isEqualTo(400);
    assertThat(control("POST", "faults", "cutShare=2").statusCode()).isEqualTo(400);
    assertThat(control("POST", "faults", "noSuchKnob=1").statusCode()).isEqualTo(400);
    assertThat(control("POST", "faults", "postOrder=sideways").statusCode()).isEqualTo(400);
    assertThat(control("GET", "health", null).body()).isEqualTo("OK");
    assertThat(control("GET", "nothing", null).statusCode()).isEqualTo(404);
    assertThat(control("GET", "reset", null).statusCode()).isEqualTo(405);
    assertThat(kayako.faults().active()).isFalse();
  }

  @Test
  void faultsDoNotApplyToTheControlRoutes() {
    kayako.faults().serverErrors(1.0, 500);
    assertThat(control("GET", "faults", null).statusCode()).isEqualTo(200);
  }
}
