package dev.kayakomcp.client;

import static dev.kayakomcp.client.ClientFixture.API_KEY;
import static dev.kayakomcp.client.ClientFixture.SALT;
import static dev.kayakomcp.client.ClientFixture.SECRET;
import static dev.kayakomcp.client.ClientFixture.SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.client.RecordingServer.Answer;
import dev.kayakomcp.client.RecordingServer.Recorded;
import dev.kayakomcp.client.TicketQuery.SortOrder;
import dev.kayakomcp.emulator.Signatures;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.xml.Fixtures;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What goes over the wire: routes, where auth and data sit per verb, and form fields. */
@Timeout(20)
class KayakoClientRequestTest {

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
  void getPutsRouteAndAuthInTheQuery() {
    server.on("/Tickets/Ticket/1042", Answer.xml(Fixtures.bytes("ticket.xml")));

    Ticket t = client.ticket("1042");

    assertThat(t.id()).isEqualTo(1042);
    Recorded r = server.last();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/api/index.php");
    assertThat(r.rawQuery())
        .isEqualTo(
            "e=/Tickets/Ticket/1042&apikey="
                + API_KEY
                + "&salt="
                + SALT
                + "&signature=k2zsEC5TUNiL47wONMQEs4PzPqHHf%2B4kMWbwHwnzbaY%3D");
    assertThat(r.query().get("signature"))
        .isEqualTo(SIGNATURE)
        .isEqualTo(RequestSigner.sign(SECRET, r.query().get("salt")));
    assertThat(r.body()).isEmpty();
    assertThat(r.header("User-Agent")).isEqualTo(ClientSettings.DEFAULT_USER_AGENT);
  }

  @Test
  void signaturesWithAPlusAreUrlEncodedInQueriesAndBodies() {
    String salt =
        Signatures.saltWhose(SECRET, sig -> sig.startsWith("+") && sig.indexOf('+', 1) > 0);
    String signature = Signatures.hmac(SECRET, salt);
    KayakoClient plusClient =
        new KayakoClient(
            ClientFixture.settings(server.baseUrl()), () -> salt, new ClientFixture.FakeTicker());
    server.on("/Tickets/Ticket/1042", Answer.xml(Fixtures.bytes("ticket.xml")));
    server.on("/Tickets/TicketSearch", Answer.xml(Fixtures.bytes("tickets-empty.xml")));

    plusClient.ticket("1042");
    Recorded get = server.last();
    plusClient.searchTickets("x", EnumSet.of(SearchFlag.CONTENTS));
    Recorded post = server.last();

    String encoded =
        "signature=" + signature.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    assertThat(get.rawQuery()).endsWith(encoded).doesNotContain("+");
    assertThat(post.body()).endsWith(encoded).doesNotContain("+");
    assertThat(get.query().get("signature")).isEqualTo(signature);
    assertThat(post.form().get("signature")).isEqualTo(signature);
  }

  @Test
  void randomSaltsAreAlphanumericAndVerify() throws Exception {
    server.on("/Base/Department", Answer.xml(Fixtures.bytes("departments.xml")));
    KayakoClient real = new KayakoClient(ClientFixture.settings(server.baseUrl()));

    real.departments();

    Map<String, String> q = server.last().query();
    assertThat(q.get("salt")).matches("[A-Za-z0-9]{16,}");
    assertThat(q.get("signature")).isEqualTo(RequestSigner.sign(SECRET, q.get("salt")));
  }

  @Test
  void postPutsAuthAndDataInAUrlencodedBodyAndOnlyTheRouteInTheQuery() {
    server.on("/Tickets/TicketSearch", Answer.xml(Fixtures.bytes("ticket.xml")));

    List<Ticket> hits =
        client.searchTickets(
            "reset & login+", EnumSet.of(SearchFlag.CONTENTS, SearchFlag.FULL_NAME));

    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).posts()).hasSize(2);
    Recorded r = server.last();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.rawQuery()).isEqualTo("e=/Tickets/TicketSearch");
    assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.formKeys())
        .containsExactly("query", "contents", "fullname", "apikey", "salt", "signature");
    assertThat(r.form())
        .containsEntry("query", "reset & login+")
        .containsEntry("contents", "1")
        .containsEntry("fullname", "1")
        .containsEntry("apikey", API_KEY)
        .containsEntry("salt", SALT)
        .containsEntry("signature", SIGNATURE);
    assertThat(r.body()).contains("signature=k2zsEC5TUNiL47wONMQEs4PzPqHHf%2B4kMWbwHwnzbaY%3D");
  }

  @Test
  void everySearchFlagUsesItsRealFormField() {
    server.on("/Tickets/TicketSearch", Answer.xml(Fixtures.bytes("tickets-empty.xml")));

    assertThat(client.searchTickets("x", EnumSet.allOf(SearchFlag.class))).isEmpty();

    assertThat(server.last().formKeys())
        .containsExactly(
            "query",
            "contents",
            "author",
            "email",
            "creatoremail",
            "fullname",
            "notes",
            "usergroup",
            "userorganization",
            "user",
            "tags",
            "ticketid",
            "phrase",
            "apikey",
            "salt",
            "signature");
  }

  @Test
  void searchNeedsAQueryAndAnArea() {
    assertThatThrownBy(() -> client.searchTickets("x", Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.searchTickets("x", EnumSet.of(SearchFlag.PHRASE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.searchTickets(" ", EnumSet.of(SearchFlag.CONTENTS)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void putIsUrlencodedWithOnlyTheRouteInTheQuery() {
    server.on("/Tickets/Ticket/1042", Answer.xml(Fixtures.bytes("ticket.xml")));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("ticketstatusid", "3");
    fields.put("ownerstaffid", "4");

    client.updateTicket(1042, fields);

    Recorded r = server.last();
    assertThat(r.method()).isEqualTo("PUT");
    assertThat(r.rawQuery()).isEqualTo("e=/Tickets/Ticket/1042");
    assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.formKeys())
        .containsExactly("ticketstatusid", "ownerstaffid", "apikey", "salt", "signature");
    assertThat(r.form().get("signature")).isEqualTo(RequestSigner.sign(SECRET, SALT));
  }

  @Test
  void listAllUsesPositionalSegmentsAndReturnsTicketsWithoutPosts() {
    server.on(
        "/Tickets/Ticket/ListAll/3,4/1,3/-1/-1/20/40/lastactivity/DESC",
        Answer.xml(Fixtures.bytes("tickets-listall.xml")));

    List<Ticket> tickets =
        client.listTickets(
            TicketQuery.forDepartments(List.of(3, 4))
                .withStatuses(List.of(1, 3))
                .page(20, 40)
                .sortedBy("lastactivity", SortOrder.DESC));

    assertThat(tickets).hasSize(2);
    assertThat(tickets.get(0).posts()).isNull();
    assertThat(server.last().query()).doesNotContainKeys("count", "start", "sortfield");
  }

  @Test
  void getTicketCountReadsTotalOrFallsBack() {
    server.on(
        "/Tickets/Ticket/GetTicketCount/3/-1/-1/-1", Answer.xml(Fixtures.bytes("totalcount.xml")));
    assertThat(client.countTickets(List.of(3), List.of(), List.of(), List.of())).hasValue(17);

    // An old server treats "GetTicketCount" as a ticket id.
    server.on("/Tickets/Ticket/GetTicketCount/4/-1/-1/-1", Answer.text(404, "Ticket not Found"));
    assertThat(client.countTickets(TicketQuery.forDepartments(List.of(4)))).isEmpty();

    server.on(
        "/Tickets/Ticket/GetTicketCount/5/-1/-1/-1",
        new Answer(200, "text/html", "<html><body>hi</body></html>".getBytes(), Map.of()));
    assertThat(client.countTickets(TicketQuery.forDepartments(List.of(5)))).isEmpty();
  }

  @Test
  void lookupsUseTheBareControllerNeverListAll() {
    server.on("/Base/Department", Answer.xml(Fixtures.bytes("departments.xml")));
    server.on("/Tickets/TicketStatus", Answer.xml(Fixtures.bytes("ticketstatuses.xml")));
    server.on("/Tickets/TicketPriority", Answer.xml(Fixtures.bytes("ticketpriorities.xml")));
    server.on("/Tickets/TicketType", Answer.xml(Fixtures.bytes("tickettypes.xml")));
    server.on("/Base/Staff", Answer.xml(Fixtures.bytes("staff.xml")));
    server.on("/Base/StaffGroup", Answer.xml(Fixtures.bytes("staffgroups.xml")));
    server.on("/Base/UserGroup", Answer.xml(Fixtures.bytes("usergroups.xml")));
    server.on("/Base/CustomField", Answer.xml(Fixtures.bytes("customfield-definitions.xml")));
    server.on(
        "/Base/CustomField/ListOptions/13", Answer.xml(Fixtures.bytes("customfield-options.xml")));

    assertThat(client.departments()).hasSize(1);
    assertThat(client.ticketStatuses()).hasSize(1);
    assertThat(client.ticketPriorities()).hasSize(1);
    assertThat(client.ticketTypes()).hasSize(1);
    assertThat(client.staff()).hasSize(1);
    assertThat(client.staffGroups()).hasSize(1);
    assertThat(client.userGroups()).hasSize(1);
    assertThat(client.customFieldDefinitions()).hasSize(1);
    assertThat(client.customFieldOptions(13)).hasSize(2);

    assertThat(server.requests()).extracting(Recorded::route).noneMatch(r -> r.contains("ListAll"));
    assertThat(server.requests()).allMatch(r -> r.method().equals("GET"));
  }

  @Test
  void subResourcesUseNumericIdsAndTheirRoutes() {
    server.on("/Tickets/TicketPost/ListAll/1042", Answer.xml(Fixtures.bytes("posts.xml")));
    server.on("/Tickets/TicketNote/ListAll/1042", Answer.xml(Fixtures.bytes("notes.xml")));
    server.on(
        "/Tickets/TicketAttachment/ListAll/1042",
        Answer.xml(Fixtures.bytes("attachments-list.xml")));
    server.on(
        "/Tickets/TicketAttachment/1042/88", Answer.xml(Fixtures.bytes("attachment-one.xml")));
    server.on(
        "/Tickets/TicketTimeTrack/ListAll/1042", Answer.xml(Fixtures.bytes("timetracks.xml")));
    server.on(
        "/Tickets/TicketCustomField/1042", Answer.xml(Fixtures.bytes("ticket-customfields.xml")));
    server.on("/Tickets/TicketCount", Answer.xml(Fixtures.bytes("ticketcount.xml")));

    assertThat(client.posts(1042)).hasSize(1);
    assertThat(client.notes(1042)).hasSize(1);
    assertThat(client.attachments(1042)).hasSize(2);
    assertThat(client.attachment(1042, 88).contentsBase64()).isNotEmpty();
    assertThat(client.timeTracks(1042)).hasSize(1);
    assertThat(client.customFields(1042).get(0).fields()).hasSize(6);
    assertThat(client.ticketCount().departments()).hasSize(1);
    assertThatThrownBy(() -> client.posts(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usersOrganisationsAndUserSearch() {
    server.on("/Base/User/Filter/1/1000", Answer.xml(Fixtures.bytes("users.xml")));
    server.on("/Base/User/57", Answer.xml(Fixtures.bytes("users.xml")));
    server.on("/Base/User/99", Answer.xml("<?xml version=\"1.0\"?>\n<users>\n</users>"));
    server.on("/Base/UserSearch", Answer.xml(Fixtures.bytes("users-edge.xml")));
    server.on("/Base/UserOrganization", Answer.xml(Fixtures.bytes("userorganizations.xml")));
    server.on("/Base/UserOrganization/8", Answer.xml(Fixtures.bytes("userorganizations.xml")));

    assertThat(client.users(1, 1000)).hasSize(1);
    assertThat(client.user(57)).isPresent();
    assertThat(client.user(99)).isEmpty();
    assertThat(client.searchUsers("pat@example.com")).hasSize(2);
    Recorded search = server.last();
    assertThat(search.method()).isEqualTo("POST");
    assertThat(search.rawQuery()).isEqualTo("e=/Base/UserSearch");
    assertThat(search.form()).containsEntry("query", "pat@example.com");
    assertThat(client.organizations()).hasSize(1);
    assertThat(client.organization(8)).get().extracting(o -> o.name()).isEqualTo("Acme Widgets");
    assertThatThrownBy(() -> client.users(1, 1001)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesSendTheDocumentedFields() {
    server.on("/Tickets/Ticket", Answer.xml(Fixtures.bytes("ticket.xml")));
    server.on("/Tickets/TicketPost", Answer.xml(Fixtures.bytes("posts.xml")));
    server.on("/Tickets/TicketNote", Answer.xml(Fixtures.bytes("notes.xml")));
    server.on("/Tickets/TicketTimeTrack", Answer.xml(Fixtures.bytes("timetracks.xml")));

    Map<String, String> t = new LinkedHashMap<>();
    t.put("subject", "Printer on fire");
    t.put("fullname", "Pat Customer");
    t.put("email", "pat@example.com");
    t.put("contents", "Smoke everywhere");
    t.put("departmentid", "3");
    t.put("ticketstatusid", "1");
    t.put("ticketpriorityid", "2");
    t.put("tickettypeid", "1");
    t.put("autouserid", "1");
    assertThat(client.createTicket(t).id()).isEqualTo(1042);
    assertThat(server.last().form()).containsAllEntriesOf(t).containsKey("signature");
    assertThat(server.last().rawQuery()).isEqualTo("e=/Tickets/Ticket");

    client.addPost(NewPost.byStaff(1042, 4, "Hi Pat, reset done.", true));
    assertThat(server.last().formKeys())
        .containsExactly(
            "ticketid", "contents", "staffid", "isprivate", "apikey", "salt", "signature");

    client.addNote(1042, 4, "Called the customer", 3);
    assertThat(server.last().form())
        .containsEntry("ticketid", "1042")
        .containsEntry("staffid", "4")
        .containsEntry("notecolor", "3");

    client.addTimeTrack(
        new NewTimeTrack(1042, 4, "Checked logs", 1700003000L, 1700003600L, 900, 600, 0, 1));
    assertThat(server.last().form())
        .containsEntry("worktimeline", "1700003000")
        .containsEntry("billtimeline", "1700003600")
        .containsEntry("timespent", "900")
        .containsEntry("timebillable", "600")
        .doesNotContainKey("workerstaffid");
    assertThat(server.requests()).allMatch(r -> r.method().equals("POST"));
    assertThat(server.requests()).allMatch(r -> !r.rawQuery().contains("apikey"));
  }

  @Test
  void createTicketChecksRequiredFieldsBeforeSending() {
    assertThatThrownBy(() -> client.createTicket(Map.of("subject", "x")))
        .hasMessageContaining("fullname");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void callerFieldsCannotOverrideAuthentication() {
    assertThatThrownBy(() -> client.updateTicket(1042, Map.of("salt", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("salt");
    assertThatThrownBy(() -> client.updateTicket(1042, Map.of("E", "/Base/Staff")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void standardRouteStyleOnRequest() throws Exception {
    server.on("/Base/Department", Answer.xml(Fixtures.bytes("departments.xml")));
    KayakoClient standard =
        ClientFixture.client(
            ClientFixture.settings(server.baseUrl())
                .withRouteStyle(ApiEndpoint.RouteStyle.STANDARD),
            new ClientFixture.FakeTicker());

    standard.departments();

    assertThat(server.last().rawQuery()).startsWith("/Base/Department&apikey=");
  }

  @Test
  void postsComeOldestFirstWhateverTheServerOrder() {
    String post = "<post><ticketpostid><![CDATA[%d]]></ticketpostid></post>";
    String posts = String.format(post, 2214) + String.format(post, 2210);
    server.on(
        "/Tickets/Ticket/1042",
        Answer.xml("<tickets><ticket id=\"1042\"><posts>" + posts + "</posts></ticket></tickets>"));
    server.on("/Tickets/TicketPost/ListAll/1042", Answer.xml("<posts>" + posts + "</posts>"));

    assertThat(client.ticket("1042").posts()).extracting(p -> p.id()).containsExactly(2210, 2214);
    assertThat(client.posts(1042)).extracting(p -> p.id()).containsExactly(2210, 2214);
  }
}
