package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.xml.XmlNode;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ticket create, update and delete; its own emulator so the read tests see pristine data. */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TicketWriteTest {

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  private final Api api;

  TicketWriteTest(KayakoEmulator kayako) {
    this.api = new Api(kayako);
  }

  @Test
  void createValidatesInDocumentedOrder() {
    String[][] steps = {
      {"Subject is empty"},
      {"Fullname is empty", "subject", "Hello"},
      {"Email is empty", "fullname", "Kim"},
      {"Contents is empty", "email", "kim@example.com"},
      {"Department ID is empty", "contents", "Body"},
      {"Ticket Status ID is empty", "departmentid", "99"},
      {"Ticket Priority ID is empty", "ticketstatusid", "99"},
      {"Ticket Type ID is empty", "ticketpriorityid", "99"},
      {"Staff ID, User ID and Auto User ID values are empty or not provided", "tickettypeid", "99"},
      {"Department ID is Invalid", "autouserid", "1"},
      {"Department App is not Tickets", "departmentid", "4"},
      {"Ticket Status ID is Invalid", "departmentid", "1"},
      {"Ticket Priority ID is Invalid", "ticketstatusid", "1"},
      {"Ticket Type ID is Invalid", "ticketpriorityid", "1"},
    };
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (String[] step : steps) {
      for (int i = 1; i + 1 < step.length; i += 2) {
        fields.put(step[i], step[i + 1]);
      }
      HttpResponse<String> r =
          api.send(
              "POST",
              api.kayakoUrlNoAuth("/Tickets/Ticket"),
              Api.form(fields) + "&" + api.auth(),
              "application/x-www-form-urlencoded");
      assertThat(r.statusCode()).as(step[0]).isEqualTo(400);
      assertThat(r.body()).isEqualTo(step[0]);
    }
    fields.remove("autouserid");
    fields.put("tickettypeid", "1");
    fields.put("staffid", "77");
    assertThat(postForm(fields).body()).isEqualTo("Staff ID is Invalid");
    fields.remove("staffid");
    fields.put("userid", "57");
    assertThat(postForm(fields).body()).isEqualTo("User Email is Invalid");
  }

  private HttpResponse<String> postForm(java.util.Map<String, String> fields) {
    return api.send(
        "POST",
        api.kayakoUrlNoAuth("/Tickets/Ticket"),
        Api.form(fields) + "&" + api.auth(),
        "application/x-www-form-urlencoded");
  }

  @Test
  void createAsExistingUserUsesTheUsersName() throws Exception {
    HttpResponse<String> r =
        api.post(
            "/Tickets/Ticket",
            "subject",
            "New laptop",
            "fullname",
            "Whoever",
            "email",
            "pat.customer@example.org",
            "contents",
            "Please send one.",
            "departmentid",
            "2",
            "ticketstatusid",
            "1",
            "ticketpriorityid",
            "1",
            "tickettypeid",
            "2",
            "userid",
            "57",
            "ownerstaffid",
            "4",
            "type",
            "phone",
            "templategroup",
            "default");
    assertThat(r.statusCode()).isEqualTo(200);
    XmlNode ticket = Api.xml(r.body()).child("ticket");
    assertThat(ticket.child("fullname").text()).isEqualTo("Pat Customer");
    assertThat(ticket.child("userid").text()).isEqualTo("57");
    assertThat(ticket.child("userorganizationid").text()).isEqualTo("8");
    assertThat(ticket.child("ownerstaffname").text()).isEqualTo("Dana Agent");
    assertThat(ticket.child("creationmode").text()).isEqualTo("4");
    assertThat(ticket.child("creationtype").text()).isEqualTo("2");
    assertThat(ticket.child("creator").text()).isEqualTo("2");
    assertThat(ticket.child("creationtime").text()).isEqualTo("1710000000");
    assertThat(ticket.child("templategroupname").text()).isEqualTo("Default");
    assertThat(ticket.child("displayid").text()).matches("[A-Z]{3}-\\d{3}-\\d{5}");
    XmlNode post = ticket.child("posts").child("post");
    assertThat(post.child("contents").text()).isEqualTo("Please send one.");
    assertThat(post.child("creator").text()).isEqualTo("2");
    String id = ticket.attr("id");
    // Later reads see it, by id and by display id.
    assertThat(api.get("/Tickets/Ticket/" + id).body()).contains("New laptop");
    assertThat(api.get("/Tickets/Ticket/" + ticket.child("displayid").text()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void createWithAutoUserCreatesTheUserAndAsStaffUsesStaffIdentity() throws Exception {
    HttpResponse<String> r =
        api.post(
            "/Tickets/Ticket",
            "subject",
            "Auto user",
            "fullname",
            "Robin New",
            "email",
            "robin@example.com",
            "contents",
            "Hi",
            "departmentid",
            "1",
            "ticketstatusid",
            "1",
            "ticketpriorityid",
            "1",
            "tickettypeid",
            "1",
            "autouserid",
            "1");
    assertThat(r.statusCode()).isEqualTo(200);
    String userId = Api.xml(r.body()).child("ticket").child("userid").text();
    String users = api.get("/Base/User/" + userId).body();
    assertThat(users).contains("<fullname><![CDATA[Robin New]]></fullname>");
    assertThat(users).contains("<usergroupid><![CDATA[2]]></usergroupid>");

    HttpResponse<String> s =
        api.post(
            "/Tickets/Ticket",
            "subject",
            "Outbound",
            "fullname",
            "Robin New",
            "email",
            "robin@example.com",
            "contents",
            "<p>Hello</p>",
            "departmentid",
            "1",
            "ticketstatusid",
            "1",
            "ticketpriorityid",
            "1",
            "tickettypeid",
            "1",
            "staffid",
            "4");
    XmlNode t = Api.xml(s.body()).child("ticket");
    assertThat(t.child("creator").text()).isEqualTo("1");
    assertThat(t.child("fullname").text()).isEqualTo("Dana Agent");
    assertThat(t.child("userid").text()).isEqualTo(userId);
    XmlNode post = t.child("posts").child("post");
    assertThat(post.child("staffid").text()).isEqualTo("4");
    assertThat(post.child("emailto").text()).isEqualTo("robin@example.com");
    assertThat(post.child("ishtml").text()).isEqualTo("1");
  }

  @Test
  void jsonBodiesAreIgnoredForData() {
    String json =
        "{\"subject\":\"x\",\"apikey\":\"2f6c1a9e-7b3d-4c55-9e0a-1d2b3c4d5e6f\",\"salt\":\""
            + Api.SALT
            + "\",\"signature\":\""
            + api.signature()
            + "\"}";
    HttpResponse<String> r =
        api.send("POST", api.kayakoUrlNoAuth("/Tickets/Ticket"), json, "application/json");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("Subject is empty");
  }

  @Test
  void putSilentlyIgnoresInvalidValues() throws Exception {
    String id = createTicket("Put target");
    HttpResponse<String> r =
        api.put(
            "/Tickets/Ticket/" + id,
            "ticketstatusid",
            "999",
            "departmentid",
            "4",
            "ticketpriorityid",
            "2",
            "ownerstaffid",
            "77",
            "subject",
            "Renamed",
            "email",
            "not-an-email",
            "userid",
            "99999",
            "templategroup",
            "nonexistent");
    assertThat(r.statusCode()).isEqualTo(200);
    XmlNode t = Api.xml(r.body()).child("ticket");
    assertThat(t.child("statusid").text()).isEqualTo("1");
    assertThat(t.child("departmentid").text()).isEqualTo("1");
    assertThat(t.child("priorityid").text()).isEqualTo("2");
    assertThat(t.child("ownerstaffid").text()).isEqualTo("0");
    assertThat(t.child("subject").text()).isEqualTo("Renamed");
    assertThat(t.child("email").text()).isEqualTo("casey@example.com");
    assertThat(t.child("posts")).isNotNull();

    XmlNode byMask =
        Api.xml(
                api.put(
                        "/Tickets/Ticket/" + t.child("displayid").text(),
                        "ownerstaffid",
                        "4",
                        "ticketstatusid",
                        "3")
                    .body())
            .child("ticket");
    assertThat(byMask.child("ownerstaffname").text()).isEqualTo("Dana Agent");
    assertThat(byMask.child("statusid").text()).isEqualTo("3");
    XmlNode unassigned =
        Api.xml(api.put("/Tickets/Ticket/" + id, "ownerstaffid", "0").body()).child("ticket");
    assertThat(unassigned.child("ownerstaffid").text()).isEqualTo("0");
    assertThat(unassigned.child("ownerstaffname").text()).isEmpty();
    assertThat(api.put("/Tickets/Ticket/999999", "subject", "x").statusCode()).isEqualTo(404);
  }

  @Test
  void deleteByDisplayIdDeletesNothingButByIdDeletes() throws Exception {
    String id = createTicket("Delete target");
    String mask =
        Api.xml(api.get("/Tickets/Ticket/" + id).body()).child("ticket").child("displayid").text();
    HttpResponse<String> byMask = api.delete("/Tickets/Ticket/" + mask);
    assertThat(byMask.statusCode()).isEqualTo(200);
    assertThat(byMask.body()).isEmpty();
    assertThat(api.get("/Tickets/Ticket/" + id).statusCode()).isEqualTo(200);
    assertThat(api.delete("/Tickets/Ticket/" + id).statusCode()).isEqualTo(200);
    assertThat(api.get("/Tickets/Ticket/" + id).statusCode()).isEqualTo(404);
    assertThat(api.delete("/Tickets/Ticket/" + id).body()).isEqualTo("Ticket not Found");
  }

  @Test
  void hugeReplyFullOfBracketsIsHandledQuickly() {
    String contents = "<".repeat(300_000) + " a < b";
    long start = System.nanoTime();
    HttpResponse<String> r =
        api.post("/Tickets/TicketPost", "ticketid", "1047", "contents", contents, "staffid", "4");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Api.xml(r.body()).child("post").childText("ishtml")).isEqualTo("0");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  String createTicket(String subject) throws Exception {
    HttpResponse<String> r =
        api.post(
            "/Tickets/Ticket",
            "subject",
            subject,
            "fullname",
            "Casey",
            "email",
            "casey@example.com",
            "contents",
            "Body of " + subject,
            "departmentid",
            "1",
            "ticketstatusid",
            "1",
            "ticketpriorityid",
            "1",
            "tickettypeid",
            "1",
            "autouserid",
            "1");
    assertThat(r.statusCode()).isEqualTo(200);
    return Api.xml(r.body()).child("ticket").attr("id");
  }
}
