package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.xml.XmlNode;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Posts, notes, attachments, time tracks, custom fields and counts of tickets (§2.5-2.10). */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TicketSubResourcesTest {

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  private final KayakoEmulator kayako;
  private final Api api;

  TicketSubResourcesTest(KayakoEmulator kayako) {
    this.kayako = kayako;
    this.api = new Api(kayako);
  }

  private void assertError(HttpResponse<String> r, int status, String text) {
    assertThat(r.statusCode()).as(text).isEqualTo(status);
    assertThat(r.body()).isEqualTo(text);
  }

  @Test
  void postListAllCarriesAttachmentBytesAndStripsNonPrintables() {
    String xml = api.get("/Tickets/TicketPost/ListAll/1043").body();
    assertThat(xml)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<posts>\n<post>\n"
                + "<id><![CDATA[2220]]></id>\n<ticketpostid><![CDATA[2220]]></ticketpostid>\n"
                + "<ticketid><![CDATA[1043]]></ticketid>\n"
                + "<dateline><![CDATA[1700060000]]></dateline>\n<userid><![CDATA[58]]></userid>\n"
                + "<fullname><![CDATA[Lee Nobody]]></fullname>\n"
                + "<email><![CDATA[lee@example.net]]></email>\n<emailto />\n<ipaddress />\n"
                + "<hasattachments><![CDATA[1]]></hasattachments>\n"
                + "<creator><![CDATA[2]]></creator>\n<isthirdparty><![CDATA[0]]></isthirdparty>\n"
                + "<ishtml><![CDATA[0]]></ishtml>\n<isemailed><![CDATA[0]]></isemailed>\n"
                + "<staffid><![CDATA[0]]></staffid>\n"
                + "<issurveycomment><![CDATA[0]]></issurveycomment>\n"
                + "<contents><![CDATA[Screenshot attached.]]></contents>\n"
                + "<isprivate><![CDATA[0]]></isprivate>\n<attachments>\n<attachment>\n"
                + "<id><![CDATA[88]]></id>\n<filename><![CDATA[error.png]]></filename>\n"
                + "<filesize><![CDATA[68]]></filesize>\n"
                + "<filetype><![CDATA[image/png]]></filetype>\n"
                + "<dateline><![CDATA[1700060000]]></dateline>\n"
                + "<contents><![CDATA["
                + TestHelpdesk.PNG_BASE64
                + "]]></contents>\n</attachment>\n</attachments>\n</post>\n</posts>");
    // Ticket GET carries posts without attachment data.
    assertThat(api.get("/Tickets/Ticket/1043").body()).doesNotContain("<attachments>");
  }

  @Test
  void postGetOneAndErrors() {
    XmlNode post = Api.xml(api.get("/Tickets/TicketPost/1042/2214").body()).child("post");
    assertThat(post.childText("staffid")).isEqualTo("4");
    assertThat(post.childText("ishtml")).isEqualTo("1");
    assertError(api.get("/Tickets/TicketPost/999999/2214"), 404, "Ticket not Found");
    assertError(api.get("/Tickets/TicketPost/1042/999999"), 404, "Ticket Post not Found");
    assertError(
        api.get("/Tickets/TicketPost/1042/2220"),
        400,
        "Post does not belong to the specified ticket");
  }

  @Test
  void postOrderSettingAppliesToPostListAll() {
    String asc = api.get("/Tickets/TicketPost/ListAll/1042").body();
    assertThat(asc.indexOf("[2210]")).isLessThan(asc.indexOf("[2214]"));
    kayako.settings().postsDescending(true);
    String desc = api.get("/Tickets/TicketPost/ListAll/1042").body();
    assertThat(desc.indexOf("[2214]")).isLessThan(desc.indexOf("[2210]"));
  }

  @Test
  void displayIdQuirksOnSubResources() {
    String mask = "QXV-418-20573";
    assertThat(api.get("/Tickets/TicketPost/ListAll/" + mask).body())
        .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<posts>\n</posts>");
    assertThat(api.get("/Tickets/TicketNote/ListAll/" + mask).body()).doesNotContain("<note ");
    assertThat(api.get("/Tickets/TicketTimeTrack/ListAll/" + mask).body())
        .doesNotContain("<timetrack ");
    assertThat(api.get("/Tickets/TicketAttachment/ListAll/ABC-123-45678").body())
        .doesNotContain("<attachment>");
    assertError(
        api.get("/Tickets/TicketPost/" + mask + "/2210"),
        400,
        "Post does not belong to the specified ticket");
    assertError(
        api.get("/Tickets/TicketNote/" + mask + "/15"),
        400,
        "Ticket note does not belong to the specified ticket");
    assertError(
        api.delete("/Tickets/TicketTimeTrack/" + mask + "/9"),
        400,
        "Ticket time tracking note does not belong to the specified ticket");
    assertError(
        api.get("/Tickets/TicketAttachment/ABC-123-45678/88"),
        400,
        "Attachment does not belong to the specified ticket");
    // Unknown masks still fail the ticket check.
    assertError(api.get("/Tickets/TicketPost/ListAll/ZZZ-999-99999"), 404, "Ticket not Found");
    // Custom fields: groups listed, values empty.
    String fields = api.get("/Tickets/TicketCustomField/" + mask).body();
    assertThat(fields).contains("<group id=\"4\"").doesNotContain("SN-0042-7781");
  }

  @Test
  void replyUpdatesDerivedTicketFieldsAndStoresInlineAttachments() {
    String first = Base64.getEncoder().encodeToString("hello".getBytes());
    String second = Base64.getEncoder().encodeToString("second file".getBytes());
    HttpResponse<String> r =
        api.post(
            "/Tickets/TicketPost",
            "ticketid",
            "1044",
            "contents",
            "Refund issued.",
            "staffid",
            "4",
            "subject",
            "ignored",
            "filename",
            "note.txt",
            "filecontent",
            first,
            "filename3",
            "report.pdf",
            "filecontent3",
            second);
    assertThat(r.statusCode()).isEqualTo(200);
    XmlNode post = Api.xml(r.body()).child("post");
    assertThat(post.childText("hasattachments")).isEqualTo("1");
    assertThat(post.childText("creator")).isEqualTo("1");
    assertThat(post.childText("ishtml")).isEqualTo("0");
    assertThat(post.childText("emailto")).isEqualTo("pat@example.com");
    List<XmlNode> atts = post.child("attachments").children("attachment");
    assertThat(atts)
        .extracting(a -> a.childText("filename"))
        .containsExactly("note.txt", "report.pdf");
    assertThat(atts).extracting(a -> a.childText("filesize")).containsExactly("5", "11");
    assertThat(atts)
        .extracting(a -> a.childText("filetype"))
        .containsExactly("text/plain", "application/pdf");
    assertThat(atts.get(0).childText("contents")).isEqualTo(first);

    XmlNode ticket = Api.xml(api.get("/Tickets/Ticket/1044").body()).child("ticket");
    assertThat(ticket.childText("replies")).isEqualTo("1");
    assertThat(ticket.childText("lastreplier")).isEqualTo("Dana Agent");
    assertThat(ticket.childText("laststaffreply")).isEqualTo("1710000000");
    assertThat(ticket.childText("lastactivity")).isEqualTo("1710000000");
    assertThat(ticket.child("posts").children("post")).hasSize(2);

    String attachmentId = atts.get(1).childText("id");
    XmlNode one =
        Api.xml(api.get("/Tickets/TicketAttachment/1044/" + attachmentId).body())
            .child("attachment");
    assertThat(one.childText("contents")).isEqualTo(second);
    assertThat(one.childText("ticketid")).isEqualTo("1044");

    HttpResponse<String> user =
        api.post(
            "/Tickets/TicketPost", "ticketid", "1044", "contents", "<b>thanks</b>", "userid", "57");
    XmlNode userPost = Api.xml(user.body()).child("post");
    assertThat(userPost.childText("creator")).isEqualTo("2");
    assertThat(userPost.childText("ishtml")).isEqualTo("0");
    assertThat(
            Api.xml(api.get("/Tickets/Ticket/1044").body())
                .child("ticket")
                .childText("lastuserreply"))
        .isEqualTo("1710000000");
  }

  @Test
  void replyErrorsAndDisplayIdEcho() {
    assertError(
        api.post("/Tickets/TicketPost", "contents", "x", "userid", "57"),
        400,
        "No Ticket ID Specified");
    assertError(
        api.post("/Tickets/TicketPost", "ticketid", "1042", "userid", "57"),
        400,
        "No Contents Specified");
    assertError(
        api.post("/Tickets/TicketPost", "ticketid", "1042", "contents", "x"),
        400,
        "Staff ID and User ID is empty");
    assertError(
        api.post("/Tickets/TicketPost", "ticketid", "1042", "contents", "x", "userid", "999"),
        400,
        "User ID is Invalid");
    assertError(
        api.post("/Tickets/TicketPost", "ticketid", "1042", "contents", "x", "staffid", "999"),
        400,
        "Staff ID is Invalid");
    assertError(
        api.post("/Tickets/TicketPost", "ticketid", "999999", "contents", "x", "staffid", "4"),
        404,
        "Ticket not Found");
    HttpResponse<String> byMask =
        api.post(
            "/Tickets/TicketPost",
            "ticketid",
            "GHI-345-67890",
            "contents",
            "via mask",
            "staffid",
            "4");
    assertThat(byMask.statusCode()).isEqualTo(200);
    assertThat(byMask.body()).doesNotContain("<post>");
    assertThat(api.get("/Tickets/Ticket/1045").body()).contains("via mask");
  }

  @Test
  void deletePostRecomputesReplies() {
    HttpResponse<String> r =
        api.post(
            "/Tickets/TicketPost", "ticketid", "1046", "contents", "to delete", "staffid", "1");
    String id = Api.xml(r.body()).child("post").childText("id");
    assertThat(Api.xml(api.get("/Tickets/Ticket/1046").body()).child("ticket").childText("replies"))
        .isEqualTo("1");
    HttpResponse<String> d = api.delete("/Tickets/TicketPost/1046/" + id);
    assertThat(d.statusCode()).isEqualTo(200);
    assertThat(d.body()).isEmpty();
    XmlNode t = Api.xml(api.get("/Tickets/Ticket/1046").body()).child("ticket");
    assertThat(t.childText("replies")).isEqualTo("0");
    assertThat(t.childText("laststaffreply")).isEqualTo("0");
    assertError(api.delete("/Tickets/TicketPost/1046/" + id), 404, "Ticket Post not Found");
  }

  @Test
  void notes() {
    assertThat(api.get("/Tickets/TicketNote/ListAll/1042").body())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notes>\n"
                + "<note type=\"ticket\" id=\"15\" ticketid=\"1042\" notecolor=\"1\""
                + " creatorstaffid=\"4\" forstaffid=\"0\" creatorstaffname=\"Dana Agent\""
                + " creationdate=\"1700001800\"><![CDATA[Identity confirmed by phone.]]></note>\n"
                + "</notes>");
    assertThat(api.get("/Tickets/TicketNote/1042/15").body()).contains("id=\"15\"");
    assertError(api.get("/Tickets/TicketNote/1042/999"), 404, "Ticket note not Found");
    assertError(
        api.post("/Tickets/TicketNote", "contents", "x", "staffid", "4"),
        400,
        "No Ticket ID Specified");
    assertError(
        api.post("/Tickets/TicketNote", "ticketid", "1044", "contents", "x"),
        400,
        "No fullname or staff id specified");
    assertError(
        api.post("/Tickets/TicketNote", "ticketid", "1044", "staffid", "4"),
        400,
        "No contents specified");
    assertError(
        api.post("/Tickets/TicketNote", "ticketid", "999999", "staffid", "4", "contents", "x"),
        404,
        "Ticket not Found");

    XmlNode note =
        Api.xml(
                api.post(
                        "/Tickets/TicketNote",
                        "ticketid",
                        "1044",
                        "fullname",
                        "Outside Auditor",
                        "contents",
                        "Checked.",
                        "notecolor",
                        "3",
                        "forstaffid",
                        "4")
                    .body())
            .child("note");
    assertThat(note.attr("creatorstaffid")).isEqualTo("0");
    assertThat(note.attr("creatorstaffname")).isEqualTo("Outside Auditor");
    assertThat(note.attr("notecolor")).isEqualTo("3");
    assertThat(note.attr("forstaffid")).isEqualTo("4");
    assertThat(note.attr("creationdate")).isEqualTo("1710000000");
    assertThat(api.get("/Tickets/Ticket/1044").body()).contains("<![CDATA[Checked.]]></note>");
    HttpResponse<String> empty =
        api.post("/Tickets/TicketNote", "ticketid", "1044", "staffid", "4", "contents", "");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("creatorstaffname=\"Dana Agent\"").contains(" />");
    assertThat(api.delete("/Tickets/TicketNote/1044/" + note.attr("id")).statusCode())
        .isEqualTo(200);
    assertError(
        api.get("/Tickets/TicketNote/1044/" + note.attr("id")), 404, "Ticket note not Found");
  }

  @Test
  void attachments() {
    assertThat(api.get("/Tickets/TicketAttachment/ListAll/1043").body())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<attachments>\n<attachment>\n"
                + "<id><![CDATA[88]]></id>\n<ticketid><![CDATA[1043]]></ticketid>\n"
                + "<ticketpostid><![CDATA[2220]]></ticketpostid>\n"
                + "<filename><![CDATA[error.png]]></filename>\n"
                + "<filesize><![CDATA[68]]></filesize>\n"
                + "<filetype><![CDATA[image/png]]></filetype>\n"
                + "<dateline><![CDATA[1700060000]]></dateline>\n</attachment>\n</attachments>");
    assertThat(api.get("/Tickets/TicketAttachment/1043/88").body())
        .contains("<contents><![CDATA[" + TestHelpdesk.PNG_BASE64 + "]]></contents>");
    assertError(api.get("/Tickets/TicketAttachment/1043/999"), 404, "Attachment not Found");
    assertError(
        api.get("/Tickets/TicketAttachment/1042/88"),
        400,
        "Attachment does not belong to the specified ticket");
    assertError(
        api.post(
            "/Tickets/TicketAttachment",
            "ticketpostid",
            "2260",
            "filename",
            "a.txt",
            "contents",
            "YQ=="),
        400,
        "No Ticket ID Specified");
    assertError(
        api.post(
            "/Tickets/TicketAttachment",
            "ticketid",
            "1047",
            "filename",
            "a.txt",
            "contents",
            "YQ=="),
        400,
        "No Ticket Post ID Specified");
    assertError(
        api.post(
            "/Tickets/TicketAttachment",
            "ticketid",
            "1047",
            "ticketpostid",
            "2260",
            "contents",
            "YQ=="),
        400,
        "No file name specified");
    assertError(
        api.post(
            "/Tickets/TicketAttachment",
            "ticketid",
            "1047",
            "ticketpostid",
            "2260",
            "filename",
            "a.txt"),
        400,
        "No contents specified");
    assertError(
        api.post(
            "/Tickets/TicketAttachment",
            "ticketid",
            "999999",
            "ticketpostid",
            "2260",
            "filename",
            "a.txt",
            "contents",
            "YQ=="),
        404,
        "Ticket not Found");
    assertError(
        api.post(
            "/Tickets/TicketAttachment",
            "ticketid",
            "1047",
            "ticketpostid",
            "2210",
            "filename",
            "a.txt",
            "contents",
            "YQ=="),
        404,
        "Ticket Post not found");

    HttpResponse<String> r =
        api.post(
            "/Tickets/TicketAttachment",
            "ticketid",
            "1047",
            "ticketpostid",
            "2260",
            "filename",
            "photo.JPG",
            "contents",
            "AAEC");
    XmlNode a = Api.xml(r.body()).child("attachment");
    assertThat(a.childText("filetype")).isEqualTo("image/jpeg");
    assertThat(a.childText("filesize")).isEqualTo("3");
    assertThat(a.has("contents")).isFalse();
    assertThat(api.get("/Tickets/TicketPost/1047/2260").body())
        .contains("<hasattachments><![CDATA[1]]></hasattachments>");
    assertThat(api.delete("/Tickets/TicketAttachment/1047/" + a.childText("id")).statusCode())
        .isEqualTo(200);
    assertThat(api.get("/Tickets/TicketPost/1047/2260").body())
        .contains("<hasattachments><![CDATA[0]]></hasattachments>");
  }

  @Test
  void timeTracks() {
    assertThat(api.get("/Tickets/TicketTimeTrack/ListAll/1042").body())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<timetracks>\n"
                + "<timetrack id=\"9\" ticketid=\"1042\" timeworked=\"900\" timebillable=\"600\""
                + " billdate=\"1700003600\" workdate=\"1700003000\" workerstaffid=\"4\""
                + " workerstaffname=\"Dana Agent\" creatorstaffid=\"4\""
                + " creatorstaffname=\"Dana Agent\" notecolor=\"1\">"
                + "<![CDATA[Checked SSO logs.]]></timetrack>\n</timetracks>");
    assertThat(api.get("/Tickets/TicketTimeTrack/1042/9").body()).contains("id=\"9\"");
    assertError(
        api.get("/Tickets/TicketTimeTrack/1042/999"), 404, "Ticket time tracking note not Found");
    String[] full = {
      "ticketid",
      "1045",
      "staffid",
      "4",
      "contents",
      "Work",
      "worktimeline",
      "1709990000",
      "billtimeline",
      "1709995000",
      "timespent",
      "1800",
      "timebillable",
      "1200"
    };
    String[][] errors = {
      {"0", "No Ticket ID Specified"},
      {"2", "No staff id specified"},
      {"4", "No contents specified"},
      {"6", "No work timeline specified"},
      {"8", "No bill timeline specified"},
      {"10", "No time spent specified"},
      {"12", "No time billable specified"}
    };
    for (String[] e : errors) {
      int skip = Integer.parseInt(e[0]);
      java.util.List<String> fields = new java.util.ArrayList<>();
      for (int i = 0; i < full.length; i += 2) {
        if (i != skip) {
          fields.add(full[i]);
          fields.add(full[i + 1]);
        }
      }
      assertError(api.post("/Tickets/TicketTimeTrack", fields.toArray(String[]::new)), 400, e[1]);
    }
    java.util.List<String> bad = new java.util.ArrayList<>(java.util.List.of(full));
    bad.add("workerstaffid");
    bad.add("77");
    assertError(
        api.post("/Tickets/TicketTimeTrack", bad.toArray(String[]::new)),
        400,
        "Invalid worker staff id specified");
    XmlNode tt = Api.xml(api.post("/Tickets/TicketTimeTrack", full).body()).child("timetrack");
    assertThat(tt.attr("timeworked")).isEqualTo("1800");
    assertThat(tt.attr("timebillable")).isEqualTo("1200");
    assertThat(tt.attr("workdate")).isEqualTo("1709990000");
    assertThat(tt.attr("billdate")).isEqualTo("1709995000");
    assertThat(tt.attr("workerstaffname")).isEqualTo("Dana Agent");
    assertThat(tt.text()).isEqualTo("Work");
    assertThat(api.get("/Tickets/Ticket/1045").body())
        .contains("<note type=\"timetrack\" id=\"" + tt.attr("id") + "\"");
    assertThat(api.delete("/Tickets/TicketTimeTrack/1045/" + tt.attr("id")).statusCode())
        .isEqualTo(200);
    assertError(
        api.delete("/Tickets/TicketTimeTrack/1045/" + tt.attr("id")),
        404,
        "Ticket time tracking note not Found");
  }

  @Test
  void customFieldsGetShowsDisplayTexts() {
    String xml = api.get("/Tickets/TicketCustomField/1042").body();
    assertThat(xml)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<customfields>\n"
                + "<group id=\"4\" title=\"Product details\" displayorder=\"1\">\n"
                + "<field id=\"11\" title=\"Serial number\" type=\"1\" name=\"k8d2m1x9qa\">"
                + "<![CDATA[SN-0042-7781]]></field>\n"
                + "<field id=\"12\" title=\"Product\" type=\"9\" name=\"p3n7c2v6wz\">"
                + "<![CDATA[Printers &gt; LaserJet 5]]></field>\n"
                + "<field id=\"13\" title=\"Affected OS\" type=\"7\" name=\"r5t1y8u2io\">"
                + "<![CDATA[Windows, macOS]]></field>\n"
                + "<field id=\"14\" title=\"Purchase date\" type=\"10\" name=\"e9w3q7z1lk\" />\n");
    // Group 6 is for department 2 only; group 7 is not a ticket group.
    assertThat(xml).doesNotContain("Billing only").doesNotContain("Registration");
    assertThat(api.get("/Tickets/TicketCustomField/1044").body()).contains("Billing only");
    assertError(api.get("/Tickets/TicketCustomField/999999"), 404, "Ticket not Found");
  }

  @Test
  void customFieldsPostTakesOptionIdsAndStoresTexts() {
    HttpResponse<String> r =
        api.post(
            "/Tickets/TicketCustomField/1047",
            "k8d2m1x9qa",
            "SN-1",
            "r5t1y8u2io[0]",
            "31",
            "r5t1y8u2io[1]",
            "33",
            "p3n7c2v6wz[0]",
            "40",
            "p3n7c2v6wz[1][40]",
            "41",
            "s1e2v3r4ty",
            "51",
            "e9w3q7z1lk",
            "03/14/2023");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("<![CDATA[SN-1]]>")
        .contains("<![CDATA[Windows, Linux\\, GNU]]>")
        .contains("<![CDATA[Printers &gt; LaserJet 5]]>")
        .contains("name=\"s1e2v3r4ty\"><![CDATA[High]]>")
        .contains("<![CDATA[03/14/2023]]>");
    assertThat(api.get("/Tickets/TicketCustomField/1047").body()).isEqualTo(r.body());
    assertError(
        api.post("/Tickets/TicketCustomField/1047", "s1e2v3r4ty", "31"),
        400,
        "Custom Field Data is Invalid: Severity");
    assertError(
        api.post("/Tickets/TicketCustomField/1047", "r5t1y8u2io[0]", "999"),
        400,
        "Custom Field Data is Invalid: Affected OS");
    assertError(
        api.post("/Tickets/TicketCustomField/1047", "e9w3q7z1lk", "2023-03-14"),
        400,
        "Custom Field Data is Invalid: Purchase date");
    assertThat(api.get("/Tickets/TicketCustomField/1047").body()).contains("[High]");
  }

  @Test
  void ticketCountHasCountersAndComments() {
    String xml = api.get("/Tickets/TicketCount").body();
    assertThat(xml)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ticketcount>\n<departments>\n"
                + "<department id=\"1\">\n<totalitems><![CDATA[2]]></totalitems>\n");
    assertThat(xml)
        .contains("<!-- Ticket Count grouped by Status -->\n<statuses>\n")
        .contains("<!-- Ticket Count grouped by Owner Staff -->\n<owners>\n")
        .contains("<!-- Unassigned Ticket Count grouped by Department -->\n<unassigned>\n")
        .contains("<ticketstatus id=\"3\" lastactivity=\"1700060000\" totalitems=\"1\" />")
        .endsWith("</unassigned>\n</ticketcount>");
    XmlNode root = Api.xml(xml);
    XmlNode dept1 = root.child("departments").children("department").get(0);
    assertThat(dept1.childText("totalunresolveditems")).isEqualTo("1");
    assertThat(root.child("owners").children("ownerstaff"))
        .extracting(o -> o.attr("id"))
        .contains("4", "1");
  }
}
