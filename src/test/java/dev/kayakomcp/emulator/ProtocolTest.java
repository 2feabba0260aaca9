package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.http.Authenticator;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** §1: routing styles, dispatch, parameter placement and authentication, over real HTTP. */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProtocolTest {

  static final String EMPTY_STATUSES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ticketstatuses>\n</ticketstatuses>";

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  private final KayakoEmulator kayako;
  private final Api api;

  ProtocolTest(KayakoEmulator kayako) {
    this.kayako = kayako;
    this.api = new Api(kayako);
  }

  private HttpResponse<String> getUrl(String query) {
    return api.send("GET", kayako.apiUrl() + query, null, null);
  }

  @Test
  void specTestVectorsSign() {
    assertThat(Authenticator.sign("example-secret-key", "1234567890"))
        .isEqualTo("k2zsEC5TUNiL47wONMQEs4PzPqHHf+4kMWbwHwnzbaY=");
    assertThat(Authenticator.sign("ZmQ5ZTc0YjAtZXhhbXBsZS1zZWNyZXQ=", "k3J9xQ2mP7"))
        .isEqualTo("iIgUQzJ5WVQhQymcZag/2bPt0sUWV0pUkZ1212QElDE=");
  }

  @Test
  void acceptsTheSpecsUrlEncodedSignature() {
    HttpResponse<String> r =
        getUrl(
            "?e=/Base/Department/1&apikey=2f6c1a9e-7b3d-4c55-9e0a-1d2b3c4d5e6f&salt=1234567890"
                + "&signature=k2zsEC5TUNiL47wONMQEs4PzPqHHf%2B4kMWbwHwnzbaY%3D");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<title><![CDATA[General]]></title>");
  }

  @Test
  void repairsAnUnencodedSignatureWhosePlusBecameASpace() {
    // Sent raw, "+" decodes to a space; the server turns spaces back into "+".
    HttpResponse<String> r =
        getUrl(
            "?e=/Base/Department/1&apikey=%202f6c1a9e-7b3d-4c55-9e0a-1d2b3c4d5e6f%20"
                + "&salt=1234567890&signature=k2zsEC5TUNiL47wONMQEs4PzPqHHf+4kMWbwHwnzbaY=");
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsBadCredentialsWithVerbatimTexts() {
    String key = "apikey=2f6c1a9e-7b3d-4c55-9e0a-1d2b3c4d5e6f";
    String good = "&signature=k2zsEC5TUNiL47wONMQEs4PzPqHHf%2B4kMWbwHwnzbaY%3D";
    HttpResponse<String> noSalt = getUrl("?e=/Base/Department&" + key + good);
    assertThat(noSalt.statusCode()).isEqualTo(401);
    assertThat(noSalt.body()).isEqualTo("NO SALT PROVIDED!");
    assertThat(getUrl("?e=/Base/Department&" + key + "&salt=" + good).body())
        .isEqualTo("NO SALT PROVIDED!");
    for (String query :
        new String[] {
          "?e=/Base/Department&apikey=wrong&salt=1234567890" + good,
          "?e=/Base/Department&salt=1234567890" + good,
          "?e=/Base/Department&" + key + "&salt=1234567890",
          "?e=/Base/Department&" + key + "&salt=1234567890&signature=",
          "?e=/Base/Department&" + key + "&salt=1234567891" + good,
          "?e=/Base/Department&" + key + "&salt=1234567890&signature=k2zsEC5TUNiL47wONMQEs4Pz"
        }) {
      HttpResponse<String> r = getUrl(query);
      assertThat(r.statusCode()).as(query).isEqualTo(401);
      assertThat(r.body()).as(query).isEqualTo("FAILED TO AUTHENTICATE");
      assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotContain("xml");
    }
  }

  @Test
  void apiDisabledIs403Empty() {
    kayako.settings().apiEnabled(false);
    HttpResponse<String> r = api.get("/Base/Department");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void bothRoutingStylesAndDoubleEncodedE() {
    String expected = api.get("/Tickets/TicketStatus/3").body();
    assertThat(expected).contains("<title><![CDATA[Closed]]></title>");
    assertThat(getUrl("?/Tickets/TicketStatus/3&" + api.auth()).body()).isEqualTo(expected);
    assertThat(getUrl("?e=%2FTickets%2FTicketStatus%2F3&" + api.auth()).body()).isEqualTo(expected);
    // Encoded twice: PHP decodes once, the router once more.
    assertThat(getUrl("?e=%252FTickets%252FTicketStatus%252F3&" + api.auth()).body())
        .isEqualTo(expected);
    assertThat(getUrl("/Tickets/TicketStatus/3?" + api.auth()).body())
        .as("PATH_INFO")
        .isEqualTo(expected);
  }

  @Test
  void emptySegmentsAreDropped() {
    String expected = api.get("/Tickets/TicketStatus/3").body();
    assertThat(api.get("/Tickets/TicketStatus/3/").body()).isEqualTo(expected);
    assertThat(api.get("//Tickets//TicketStatus///3//").body()).isEqualTo(expected);
  }

  @Test
  void disallowedRouteCharactersAre400() {
    for (String route :
        new String[] {"/Base/User/a@example.com", "/Tickets/Ticket/1%252B2", "/Base/User/x%23y"}) {
      HttpResponse<String> r = api.get(route);
      assertThat(r.statusCode()).as(route).isEqualTo(400);
      assertThat(r.body()).isEqualTo("The URI you submitted has disallowed characters.");
    }
    // Allowed: display ids, negative numbers, comma lists, ~ % . : _
    assertThat(api.get("/Tickets/Ticket/ListAll/3/-1,1/~/_").statusCode()).isEqualTo(200);
  }

  @Test
  void statusListAllIsAnEmptyLookupButDepartmentListAllLists() {
    assertThat(api.get("/Tickets/TicketStatus/ListAll").body()).isEqualTo(EMPTY_STATUSES);
    assertThat(api.get("/Tickets/TicketStatus/999").body()).isEqualTo(EMPTY_STATUSES);
    String departments = api.get("/Base/Department/ListAll").body();
    assertThat(departments).isEqualTo(api.get("/Base/Department").body());
    assertThat(departments).contains("[General]").contains("[Sales]");
  }

  @Test
  void methodNamesAreCaseInsensitiveButControllersAreNot() {
    assertThat(TicketEndpointsTest.ticketIds(api.get("/Tickets/Ticket/listall/3").body()))
        .containsExactly(1042);
    HttpResponse<String> r = api.get("/tickets/ticket/1042");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).startsWith("Unable to locate controller");
    assertThat(api.get("/Tickets/NoSuchThing").statusCode()).isEqualTo(404);
    assertThat(getUrl("?" + api.auth()).statusCode()).isEqualTo(404);
  }

  @Test
  void undeclaredVerbsAre400() {
    HttpResponse<String> r = api.post("/Tickets/TicketStatus", "title", "New");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("Undeclared Function Called in API Controller");
    assertThat(api.delete("/Tickets/TicketPriority/1").statusCode()).isEqualTo(400);
  }

  @Test
  void postReadsAuthFromTheBodyOnly() {
    HttpResponse<String> r =
        api.send(
            "POST",
            api.kayakoUrl("/Tickets/TicketSearch"),
            "query=reset&contents=1",
            "application/x-www-form-urlencoded");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).isEqualTo("NO SALT PROVIDED!");
    // The e parameter may travel in the body too.
    HttpResponse<String> inBody =
        api.send(
            "POST",
            kayako.apiUrl(),
            "e=/Tickets/TicketSearch&query=reset&contents=1&" + api.auth(),
            "application/x-www-form-urlencoded");
    assertThat(TicketEndpointsTest.ticketIds(inBody.body())).containsExactly(1042);
  }

  @Test
  void postWithoutAFormContentTypeHasNoParameters() {
    for (String type : new String[] {null, "text/plain"}) {
      HttpResponse<String> r =
          api.send(
              "POST",
              api.kayakoUrlNoAuth("/Tickets/TicketSearch"),
              "query=reset&contents=1&" + api.auth(),
              type);
      assertThat(r.statusCode()).as(String.valueOf(type)).isEqualTo(401);
      assertThat(r.body()).isEqualTo("NO SALT PROVIDED!");
    }
  }

  @Test
  void postAcceptsMultipartForms() {
    String boundary = "----kayakoTestBoundary";
    StringBuilder body = new StringBuilder();
    String[] fields = {
      "query",
      "reset",
      "contents",
      "1",
      "apikey",
      kayako.apiKey(),
      "salt",
      Api.SALT,
      "signature",
      api.signature()
    };
    for (int i = 0; i < fields.length; i += 2) {
      body.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"")
          .append(fields[i])
          .append("\"\r\n\r\n")
          .append(fields[i + 1])
          .append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    HttpResponse<String> r =
        api.send(
            "POST",
            api.kayakoUrlNoAuth("/Tickets/TicketSearch"),
            body.toString(),
            "multipart/form-data; boundary=" + boundary);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(TicketEndpointsTest.ticketIds(r.body())).containsExactly(1042);
  }

  @Test
  void putReadsOnlyAUrlEncodedBody() {
    HttpResponse<String> inQuery =
        api.send(
            "PUT",
            api.kayakoUrl("/Base/Department/1") + "&title=Renamed",
            "",
            "application/x-www-form-urlencoded");
    assertThat(inQuery.statusCode()).isEqualTo(401);
    assertThat(inQuery.body()).isEqualTo("NO SALT PROVIDED!");
    HttpResponse<String> multipart =
        api.send(
            "PUT",
            api.kayakoUrlNoAuth("/Base/Department/1"),
            "--b\r\nContent-Disposition: form-data; name=\"salt\"\r\n\r\n1\r\n--b--\r\n",
            "multipart/form-data; boundary=b");
    assertThat(multipart.body()).isEqualTo("NO SALT PROVIDED!");
  }

  @Test
  void noMethodOverride() {
    HttpResponse<String> r =
        api.send(
            "POST",
            api.kayakoUrlNoAuth("/Tickets/Ticket/1042"),
            "_method=DELETE&" + api.auth(),
            "application/x-www-form-urlencoded");
    // A POST with an id is Post("1042"): ticket creation validation, not a delete.
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("Subject is empty");
    HttpResponse<String> header =
        api.send(
            "POST",
            api.kayakoUrlNoAuth("/Tickets/TicketStatus/1"),
            api.auth(),
            "application/x-www-form-urlencoded");
    assertThat(header.body()).isEqualTo("Undeclared Function Called in API Controller");
    assertThat(api.get("/Tickets/Ticket/1042").statusCode()).isEqualTo(200);
  }

  @Test
  void bareGetHintsOnTicketSubResources() {
    assertThat(api.get("/Tickets/TicketPost").body())
        .isEqualTo("Not Implemented, Call /Tickets/TicketPost/ListAll instead.");
    assertThat(api.get("/Tickets/TicketNote").body())
        .isEqualTo("Not Implemented, Call /Tickets/TicketNote/ListAll instead.");
    assertThat(api.get("/Tickets/TicketAttachment").body())
        .isEqualTo("Not Implemented, Call /Tickets/TicketAttachment/ListAll instead.");
    assertThat(api.get("/Tickets/TicketTimeTrack").body())
        .isEqualTo("Not Implemented, Call /Tickets/TicketTimeTrack/ListAll instead.");
    assertThat(api.get("/Tickets/TicketCustomField").statusCode()).isEqualTo(400);
    HttpResponse<String> search = api.get("/Tickets/TicketSearch");
    assertThat(search.statusCode()).isEqualTo(400);
    assertThat(search.body())
        .isEqualTo("Not Implemented, Call POST /Tickets/TicketSearch instead.");
    assertThat(api.get("/Base/UserSearch").statusCode()).isEqualTo(400);
  }

  @Test
  void garbageNeverCrashesTheServer() {
    String[] queries = {
      "?e=",
      "?e=%25",
      "?e=/%25zz",
      "?/",
      "?&&&",
      "?e=/Tickets/Ticket/99999999999999999999",
      "?e=/Tickets/Ticket/ListAll/" + "9".repeat(40) + "&" + api.auth(),
      "?e=/Base/User/Filter/-5/-5&" + api.auth(),
      "?e=/Tickets/TicketPost/1042&" + api.auth()
    };
    for (String q : queries) {
      HttpResponse<String> r = getUrl(q);
      assertThat(r.statusCode()).as(q).isBetween(200, 499);
      assertThat(r.body()).as(q).doesNotContain("Exception").doesNotContain("at dev.");
    }
    HttpResponse<String> badMultipart =
        api.send(
            "POST",
            api.kayakoUrlNoAuth("/Tickets/TicketSearch"),
            "--x\r\nnonsense",
            "multipart/form-data; boundary=x");
    assertThat(badMultipart.statusCode()).isEqualTo(401);
  }
}
