package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TicketEndpointsTest {

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  private final Api api;

  TicketEndpointsTest(KayakoEmulator kayako) {
    this.api = new Api(kayako);
  }

  static List<Integer> ticketIds(String xml) {
    List<Integer> ids = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("<ticket id=\"(\\d+)\"").matcher(xml);
    while (m.find()) {
      ids.add(Integer.parseInt(m.group(1)));
    }
    return ids;
  }

  @Test
  void getOneIsByteForByteTheSpecSample() {
    HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/xml");
    assertThat(r.body()).isEqualTo(SpecSamples.TICKET_1042);
  }

  @Test
  void displayIdAndMergedIdResolve() {
    assertThat(api.get("/Tickets/Ticket/QXV-418-20573").body()).isEqualTo(SpecSamples.TICKET_1042);
    HttpResponse<String> merged = api.get("/Tickets/Ticket/1000");
    assertThat(merged.statusCode()).isEqualTo(200);
    assertThat(ticketIds(merged.body())).containsExactly(1042);
  }

  @Test
  void unknownTicketIs404WithKayakoText() {
    HttpResponse<String> r = api.get("/Tickets/Ticket/999999");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("Ticket not Found");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/xml");
    assertThat(api.get("/Tickets/Ticket/ZZZ-000-00000").statusCode()).isEqualTo(404);
  }

  @Test
  void bareGetAnswersTheListAllHint() {
    HttpResponse<String> r = api.get("/Tickets/Ticket");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("Not Implemented, Call /Tickets/Ticket/ListAll instead.");
  }

  @Test
  void listAllDefaultHidesResolvedAndHasNoPosts() {
    String xml = api.get("/Tickets/Ticket/ListAll/3").body();
    assertThat(ticketIds(xml)).containsExactly(1042);
    assertThat(xml).doesNotContain("<posts>").contains("<note type=\"ticket\" id=\"15\"");
    // 1043 is Closed (resolved); 1047's status 5 belongs to department 1, but the server's
    // substitute list compares status ids with department ids, so it is left out too.
    assertThat(ticketIds(api.get("/Tickets/Ticket/ListAll/1").body())).isEmpty();
  }

  @Test
  void listAllUnresolvedDefaultReproducesTheLiteralBug() {
    // Department 5: status 6 belongs to it (intended: included) but is not global; status 5
    // belongs to department 1 but its id equals the requested department id (literal: included).
    assertThat(ticketIds(api.get("/Tickets/Ticket/ListAll/5").body())).containsExactly(1045);
    assertThat(ticketIds(api.get("/Tickets/Ticket/ListAll/5/-1").body())).containsExactly(1045);
  }

  @Test
  void listAllExplicitStatusesAndDepartments() {
    assertThat(ticketIds(api.get("/Tickets/Ticket/ListAll/1,2,3,5/1,2,3,5,6").body()))
        .containsExactly(1042, 1043, 1044, 1045, 1046, 1047);
    assertThat(ticketIds(api.get("/Tickets/Ticket/ListAll/1/3").body())).containsExactly(1043);
    // Status 6 belongs to department 5 only: dropped for department 3, so the default applies.
    assertThat(ticketIds(api.get("/Tickets/Ticket/ListAll/3/6").body())).containsExactly(1042);
    // -1 is not "all departments"; unknown and non-numeric ids give nothing.
    assertThat(ticketIds(api.get("/Tickets/Ticket/ListAll/-1").body())).isEmpty();
    assertThat(api.get("/Tickets/Ticket/ListAll/abc").body())
        .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tickets>\n</tickets>");
    // Non-numeric parts of a comma list are dropped.
    assertThat(ticketIds(api.get("/Tickets/Ticket/ListAll/x,1/x,3").body())).containsExactly(1043);
  }

  @Test
  void listAllOwnerAndUserFilters() {
    String all = "/Tickets/Ticket/ListAll/1,2,3,5/1,2,3,5,6";
    assertThat(ticketIds(api.get(all + "/4").body())).containsExactly(1042);
    assertThat(ticketIds(api.get(all + "/0").body())).containsExactly(1043, 1045, 1046, 1047);
    assertThat(ticketIds(api.get(all + "/-1/58").body())).containsExactly(1043, 1045, 1046);
    assertThat(ticketIds(api.get(all + "/1,4/57").body())).containsExactly(1042, 1044);
  }

  @Test
  void listAllSortAndPaging() {
    String all = "/Tickets/Ticket/ListAll/1,2,3,5/1,2,3,5,6/-1/-1";
    assertThat(ticketIds(api.get(all + "/2/0").body())).containsExactly(1042, 1043);
    assertThat(ticketIds(api.get(all + "/2/2").body())).containsExactly(1044, 1045);
    assertThat(ticketIds(api.get(all + "/2/-1").body())).containsExactly(1042, 1043);
    assertThat(ticketIds(api.get(all + "/-1/-1").body())).hasSize(6);
    assertThat(ticketIds(api.get(all + "/0/3").body())).hasSize(6);
    assertThat(ticketIds(api.get(all + "/10/99").body())).isEmpty();
    assertThat(ticketIds(api.get(all + "/3/0/LastActivity/DESC").body()))
        .containsExactly(1047, 1046, 1045);
    assertThat(ticketIds(api.get(all + "/-1/0/subject/asc").body()))
        .as("subject is not whitelisted: falls back to ticket id")
        .containsExactly(1042, 1043, 1044, 1045, 1046, 1047);
    assertThat(ticketIds(api.get(all + "/-1/0/ticketid/desc").body()))
        .containsExactly(1047, 1046, 1045, 1044, 1043, 1042);
    assertThat(ticketIds(api.get(all + "/-1/0/prioritytitle/sideways").body()))
        .as("High sorts before Normal, ties by id; a bad order means ASC")
        .containsExactly(1042, 1043, 1044, 1045, 1046, 1047);
    assertThat(ticketIds(api.get(all + "/-1/0/ticketstatustitle/asc").body()))
        .containsExactly(1045, 1047, 1043, 1046, 1044, 1042);
  }

  @Test
  void listAllIgnoresQueryStringPaging() {
    HttpResponse<String> r =
        api.send(
            "GET",
            api.kayakoUrl("/Tickets/Ticket/ListAll/1,2,3,5/1,2,3,5,6") + "&count=1&start=2",
            null,
            null);
    assertThat(ticketIds(r.body())).hasSize(6);
  }

  @Test
  void getTicketCount() {
    String xml = api.get("/Tickets/Ticket/GetTicketCount/1,2,3,5/1,2,3,5,6").body();
    assertThat(xml)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tickets>\n"
                + "<totalcount><![CDATA[6]]></totalcount>\n</tickets>");
    assertThat(api.get("/Tickets/Ticket/GetTicketCount/3").body())
        .contains("<totalcount><![CDATA[1]]></totalcount>");
  }

  @Test
  void postOrderSettingAppliesToTicketPosts(KayakoEmulator kayako) {
    kayako.settings().postsDescending(true);
    String xml = api.get("/Tickets/Ticket/1042").body();
    assertThat(xml.indexOf("<id><![CDATA[2214]]></id>"))
        .isLessThan(xml.indexOf("<id><![CDATA[2210]]></id>"));
    String search = api.post("/Tickets/TicketSearch", "query", "reset", "contents", "1").body();
    assertThat(search.indexOf("[2214]")).isLessThan(search.indexOf("[2210]"));
  }
}
