package dev.kayakomcp.client;

import static dev.kayakomcp.client.ClientFixture.API_KEY;
import static dev.kayakomcp.client.ClientFixture.SALT;
import static dev.kayakomcp.client.ClientFixture.SECRET;
import static dev.kayakomcp.client.ClientFixture.SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kayakomcp.client.RecordingServer.Answer;
import dev.kayakomcp.xml.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Status codes and odd bodies become the right exception, with no secret in sight. */
@Timeout(20)
class KayakoClientErrorTest {

  private RecordingServer server;
  private KayakoClient client;

  @BeforeEach
  void start() throws Exception {
    server = new RecordingServer();
    client = ClientFixture.client(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void ticketNotFound() {
    server.on("/Tickets/Ticket/QXV-418-99999", Answer.text(404, "Ticket not Found"));

    TicketNotFoundException e =
        catchThrowableOfType(TicketNotFoundException.class, () -> client.ticket("QXV-418-99999"));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.serverText()).isEqualTo("Ticket not Found");
    assertThat(e.ticketId()).isEqualTo("QXV-418-99999");
    assertThat(e.getMessage()).contains("QXV-418-99999").contains("search");
    assertNoSecrets(e);
  }

  @Test
  void parentTicketOfSubResourceNotFound() {
    server.on("/Tickets/TicketNote/ListAll/77", Answer.text(404, "Ticket not Found"));

    TicketNotFoundException e =
        catchThrowableOfType(TicketNotFoundException.class, () -> client.notes(77));

    assertThat(e.ticketId()).isEqualTo("77");
  }

  @Test
  void subItemNotFound() {
    server.on("/Tickets/TicketAttachment/1042/5", Answer.text(404, "Attachment not Found"));

    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> client.attachment(1042, 5));

    assertThat(e).isNotInstanceOf(TicketNotFoundException.class);
    assertThat(e.serverText()).isEqualTo("Attachment not Found");
    assertThat(e.getMessage()).contains("Attachment not Found");
    assertNoSecrets(e);
  }

  @Test
  void emptyWrapperForATicketIsNotFound() {
    server.on("/Tickets/Ticket/5", Answer.xml(Fixtures.bytes("tickets-empty.xml")));
    assertThat(catchThrowableOfType(TicketNotFoundException.class, () -> client.ticket("5")))
        .isNotNull();
  }

  @Test
  void badRequestCarriesTheServerSentence() {
    server.on(
        "/Tickets/TicketAttachment/1042/89",
        Answer.text(400, "Attachment does not belong to the specified ticket"));

    BadRequestException e =
        catchThrowableOfType(BadRequestException.class, () -> client.attachment(1042, 89));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.serverText()).isEqualTo("Attachment does not belong to the specified ticket");
    assertThat(e.getMessage()).contains("does not belong").contains("/Tickets/TicketAttachment");
    assertNoSecrets(e);
  }

  @Test
  void noSaltAndFailedAuthenticationAreTold() {
    server.on("/Base/Department", Answer.text(401, "NO SALT PROVIDED!"));
    AuthenticationException noSalt =
        catchThrowableOfType(AuthenticationException.class, () -> client.departments());
    assertThat(noSalt.reason()).isEqualTo(AuthenticationException.Reason.NO_SALT);
    assertThat(noSalt.getMessage()).contains("NO SALT PROVIDED!");
    assertNoSecrets(noSalt);

    server.on("/Base/Department", Answer.text(401, "FAILED TO AUTHENTICATE"));
    AuthenticationException failed =
        catchThrowableOfType(AuthenticationException.class, () -> client.departments());
    assertThat(failed.reason()).isEqualTo(AuthenticationException.Reason.FAILED);
    assertThat(failed.getMessage()).contains("API key").contains("secret");
    assertNoSecrets(failed);
  }

  @Test
  void forbiddenMeansApiDisabled() {
    server.on("/Base/Department", new Answer(403, "text/html", new byte[0], Map.of()));

    ApiDisabledException e =
        catchThrowableOfType(ApiDisabledException.class, () -> client.departments());

    assertThat(e.status()).isEqualTo(403);
    assertThat(e.getMessage()).contains("Admin CP").contains("REST API");
    assertNoSecrets(e);
  }

  @Test
  void htmlPageInsteadOfXml() {
    server.on(
        "/Base/Department",
        new Answer(200, "text/html", Fixtures.bytes("html-login.html"), Map.of()));

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client.departments());

    assertThat(e.getMessage()).contains("HTML page").contains("Support Center - Login");
    assertThat(e.url()).endsWith("/api/index.php?e=/Base/Department");
    assertThat(e.getMessage()).contains("/api/index.php?e=/Base/Department");
    assertNoSecrets(e);
  }

  @Test
  void htmlNotFoundPageMeansWrongUrl() {
    server.on(
        "/Tickets/Ticket/1",
        new Answer(
            404, "text/html", "<html><title>404 Not Found</title></html>".getBytes(), Map.of()));

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client.ticket("1"));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.getMessage()).contains("base URL");
    assertNoSecrets(e);
  }

  @Test
  void malformedXmlAndWrongRoot() {
    server.on("/Base/Department", Answer.xml(Fixtures.bytes("malformed.xml")));
    UnexpectedResponseException malformed =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client.departments());
    assertThat(malformed.getMessage()).contains("not readable XML");
    assertNoSecrets(malformed);

    server.on("/Tickets/TicketStatus", Answer.xml(Fixtures.bytes("departments.xml")));
    UnexpectedResponseException wrongRoot =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client.ticketStatuses());
    assertThat(wrongRoot.getMessage()).contains("<departments>").contains("<ticketstatuses>");
  }

  @Test
  void xxeAndEntityBombsAreRefusedAsUnexpected() {
    server.on("/Base/Department", Answer.xml(Fixtures.bytes("xxe.xml")));
    assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> client.departments()))
        .hasMessageNotContaining("root:");
    server.on("/Base/StaffGroup", Answer.xml(Fixtures.bytes("billion-laughs.xml")));
    assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> client.staffGroups()))
        .isNotNull();
  }

  @Test
  void phpNoticeBeforeXmlIsSkipped() {
    server.on(
        "/Tickets/TicketPost/ListAll/1043", Answer.xml(Fixtures.bytes("posts-php-notice.xml")));
    assertThat(client.posts(1043)).hasSize(1);
  }

  @Test
  void emptyBodyWhereXmlExpected() {
    server.on("/Base/Department", new Answer(200, "text/xml", new byte[0], Map.of()));
    assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> client.departments()))
        .hasMessageContaining("empty");
  }

  @Test
  void redirectIsReportedNotFollowed() {
    server.on(
        "/Tickets/TicketSearch",
        new Answer(
            301,
            "text/html",
            new byte[0],
            Map.of("Location", "https://secure.example.com/api/index.php?e=/x&salt=" + SALT)));

    UnexpectedResponseException e =
        catchThrowableOfType(
            UnexpectedResponseException.class,
            () -> client.searchTickets("x", EnumSet.of(SearchFlag.CONTENTS)));

    assertThat(e.getMessage()).contains("redirects").contains("https://secure.example.com");
    assertThat(server.requests()).hasSize(1);
    assertNoSecrets(e);
  }

  @Test
  void serverErrorsAndEchoedSecretsAreScrubbed() {
    // A misconfigured server that echoes the query string back in its error page.
    server.on(
        "/Base/Staff",
        Answer.text(
            500,
            "Fatal error at apikey="
                + API_KEY
                + "&salt="
                + SALT
                + "&signature="
                + URLEncoder.encode(SIGNATURE, StandardCharsets.UTF_8)
                + " key "
                + SECRET));

    KayakoApiException e = catchThrowableOfType(KayakoApiException.class, () -> client.staff());

    assertThat(e.status()).isEqualTo(500);
    assertThat(e.getMessage()).contains("internal error").contains("****");
    assertNoSecrets(e);
  }

  @Test
  void writesAreNeverRetried() {
    server.on("/Tickets/TicketNote", Answer.text(503, "Service Unavailable"));

    assertThat(
            catchThrowableOfType(
                KayakoApiException.class, () -> client.addNote(1042, 4, "note", 1)))
        .isNotNull();
    assertThat(server.requests()).hasSize(1);
  }

  static void assertNoSecrets(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String all = trace + " " + e;
    if (e instanceof KayakoApiException k) {
      all += " " + k.serverText();
    }
    if (e instanceof UnexpectedResponseException u) {
      all += " " + u.url();
    }
    for (String secret :
        List.of(
            API_KEY,
            SECRET,
            SALT,
            SIGNATURE,
            URLEncoder.encode(SIGNATURE, StandardCharsets.UTF_8))) {
      assertThat(all).as("exception text").doesNotContain(secret);
    }
  }
}
