package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.xml.XmlNode;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base/* and ticket lookup tables (§2.1, §2.2, §2.11-2.16, §3.11, §3.12). */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BaseEndpointsTest {

  static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options().helpdesk(TestHelpdesk.withManyUsers(1200));
  }

  private final Api api;

  BaseEndpointsTest(KayakoEmulator kayako) {
    this.api = new Api(kayako);
  }

  private void assertError(HttpResponse<String> r, int status, String text) {
    assertThat(r.statusCode()).as(text).isEqualTo(status);
    assertThat(r.body()).isEqualTo(text);
  }

  @Test
  void departmentExactShape() {
    assertThat(api.get("/Base/Department/2").body())
        .isEqualTo(
            XML
                + "<departments>\n<department>\n<id><![CDATA[2]]></id>\n"
                + "<title><![CDATA[Billing]]></title>\n<type><![CDATA[public]]></type>\n"
                + "<module><![CDATA[tickets]]></module>\n<app><![CDATA[tickets]]></app>\n"
                + "<displayorder><![CDATA[2]]></displayorder>\n"
                + "<parentdepartmentid><![CDATA[0]]></parentdepartmentid>\n"
                + "<uservisibilitycustom><![CDATA[1]]></uservisibilitycustom>\n"
                + "<usergroups>\n<id><![CDATA[2]]></id>\n</usergroups>\n</department>\n"
                + "</departments>");
    assertThat(api.get("/Base/Department/999").body())
        .isEqualTo(XML + "<departments>\n</departments>");
    assertThat(Api.xml(api.get("/Base/Department").body()).children("department"))
        .extracting(d -> d.childText("id"))
        .startsWith("1", "2", "3", "4");
  }

  @Test
  void departmentWritesAndErrors() {
    assertError(
        api.post("/Base/Department", "title", "X", "app", "tickets"),
        400,
        "One of the required fields is empty");
    assertError(
        api.post("/Base/Department", "title", "X", "app", "news", "type", "public"),
        400,
        "Invalid App Specified. You can only create departments for tickets and livechat app.");
    assertError(
        api.post("/Base/Department", "title", "X", "app", "tickets", "type", "secret"),
        400,
        "Invalid Department Type Specified. Valid values are \"public\" and \"private\".");
    assertError(
        api.post(
            "/Base/Department",
            "title",
            "X",
            "app",
            "tickets",
            "type",
            "public",
            "parentdepartmentid",
            "99"),
        400,
        "Invalid Parent Department");
    assertError(
        api.post(
            "/Base/Department",
            "title",
            "X",
            "module",
            "tickets",
            "type",
            "public",
            "parentdepartmentid",
            "4"),
        400,
        "Invalid Parent Department App. The app type of both parent and child department should match.");
    XmlNode created =
        Api.xml(
                api.post(
                        "/Base/Department",
                        "title",
                        "Returns",
                        "module",
                        "tickets",
                        "type",
                        "private",
                        "parentdepartmentid",
                        "1",
                        "uservisibilitycustom",
                        "1",
                        "usergroupid[]",
                        "2",
                        "usergroupid[]",
                        "3")
                    .body())
            .child("department");
    assertThat(created.childText("displayorder")).isEqualTo("1");
    assertThat(created.childText("app")).isEqualTo("tickets");
    assertThat(created.childText("parentdepartmentid")).isEqualTo("1");
    assertThat(created.child("usergroups").children("id"))
        .extracting(XmlNode::text)
        .containsExactly("2", "3");
    String id = created.childText("id");
    XmlNode updated =
        Api.xml(
                api.put(
                        "/Base/Department/" + id,
                        "title",
                        "Returns EU",
                        "type",
                        "public",
                        "app",
                        "livechat")
                    .body())
            .child("department");
    assertThat(updated.childText("title")).isEqualTo("Returns EU");
    assertThat(updated.childText("app")).isEqualTo("tickets");
    assertError(
        api.put("/Base/Department/" + id, "type", "public"),
        400,
        "One of the required fields is empty");
    assertError(
        api.put("/Base/Department/999", "title", "x"),
        400,
        "Department Load Failed: Invalid data provided");
    HttpResponse<String> d = api.delete("/Base/Department/" + id);
    assertThat(d.statusCode()).isEqualTo(200);
    assertThat(d.body()).isEmpty();
    assertError(
        api.delete("/Base/Department/" + id), 400, "Department Load Failed: Invalid data provided");
  }

  @Test
  void ticketLookupTables() {
    assertThat(api.get("/Tickets/TicketStatus/1").body())
        .isEqualTo(
            XML
                + "<ticketstatuses>\n<ticketstatus>\n<id><![CDATA[1]]></id>\n"
                + "<title><![CDATA[Open]]></title>\n<displayorder><![CDATA[1]]></displayorder>\n"
                + "<departmentid><![CDATA[0]]></departmentid>\n"
                + "<displayicon><![CDATA[{$themepath}icon_ticketstatusopen.png]]></displayicon>\n"
                + "<type><![CDATA[public]]></type>\n"
                + "<displayinmainlist><![CDATA[1]]></displayinmainlist>\n"
                + "<markasresolved><![CDATA[0]]></markasresolved>\n"
                + "<displaycount><![CDATA[1]]></displaycount>\n"
                + "<statuscolor><![CDATA[#4eafcb]]></statuscolor>\n"
                + "<statusbgcolor><![CDATA[#4eafcb]]></statusbgcolor>\n"
                + "<resetduetime><![CDATA[0]]></resetduetime>\n"
                + "<triggersurvey><![CDATA[0]]></triggersurvey>\n"
                + "<staffvisibilitycustom><![CDATA[0]]></staffvisibilitycustom>\n"
                + "</ticketstatus>\n</ticketstatuses>");
    assertThat(api.get("/Tickets/TicketPriority/2").body())
        .isEqualTo(
            XML
                + "<ticketpriorities>\n<ticketpriority>\n<id><![CDATA[2]]></id>\n"
                + "<title><![CDATA[High]]></title>\n<displayorder><![CDATA[2]]></displayorder>\n"
                + "<frcolorcode><![CDATA[#ffffff]]></frcolorcode>\n"
                + "<bgcolorcode><![CDATA[#e08a00]]></bgcolorcode>\n<type><![CDATA[public]]></type>\n"
                + "<uservisibilitycustom><![CDATA[1]]></uservisibilitycustom>\n"
                + "<usergroupid><![CDATA[2]]></usergroupid>\n</ticketpriority>\n"
                + "</ticketpriorities>");
    assertThat(api.get("/Tickets/TicketType/1").body())
        .isEqualTo(
            XML
                + "<tickettypes>\n<tickettype>\n<id><![CDATA[1]]></id>\n"
                + "<title><![CDATA[Issue]]></title>\n<displayorder><![CDATA[1]]></displayorder>\n"
                + "<departmentid><![CDATA[0]]></departmentid>\n"
                + "<displayicon><![CDATA[{$themepath}icon_typeissue.png]]></displayicon>\n"
                + "<type><![CDATA[public]]></type>\n"
                + "<uservisibilitycustom><![CDATA[0]]></uservisibilitycustom>\n"
                + "</tickettype>\n</tickettypes>");
    assertThat(Api.xml(api.get("/Tickets/TicketStatus").body()).children("ticketstatus"))
        .hasSize(5);
    assertThat(Api.xml(api.get("/Tickets/TicketPriority").body()).children("ticketpriority"))
        .hasSize(2);
    assertThat(api.get("/Tickets/TicketType/99").body())
        .isEqualTo(XML + "<tickettypes>\n</tickettypes>");
  }

  @Test
  void staff() {
    assertThat(api.get("/Base/Staff/4").body())
        .isEqualTo(
            XML
                + "<staffusers>\n<staff>\n<id><![CDATA[4]]></id>\n"
                + "<staffgroupid><![CDATA[2]]></staffgroupid>\n"
                + "<firstname><![CDATA[Dana]]></firstname>\n<lastname><![CDATA[Agent]]></lastname>\n"
                + "<fullname><![CDATA[Dana Agent]]></fullname>\n<username><![CDATA[dana]]></username>\n"
                + "<email><![CDATA[dana@support.example.com]]></email>\n"
                + "<designation><![CDATA[Support Engineer]]></designation>\n<greeting />\n"
                + "<mobilenumber />\n<isenabled><![CDATA[1]]></isenabled>\n"
                + "<timezone><![CDATA[Europe/Berlin]]></timezone>\n"
                + "<enabledst><![CDATA[1]]></enabledst>\n"
                + "<signature><![CDATA[Dana, Example Support]]></signature>\n</staff>\n"
                + "</staffusers>");
    assertError(
        api.post("/Base/Staff", "firstname", "A"), 400, "One of the required fields is empty");
    XmlNode s =
        Api.xml(
                api.post(
                        "/Base/Staff",
                        "firstname",
                        "Alex",
                        "lastname",
                        "Ops",
                        "username",
                        "alex",
                        "password",
                        "pw",
                        "staffgroupid",
                        "2",
                        "email",
                        "alex@support.example.com",
                        "staffsignature",
                        "-- Alex")
                    .body())
            .child("staff");
    assertThat(s.childText("fullname")).isEqualTo("Alex Ops");
    assertThat(s.childText("signature")).isEqualTo("-- Alex");
    String id = s.childText("id");
    assertThat(
            Api.xml(api.put("/Base/Staff/" + id, "firstname", "Alexa", "lastname", "Ops").body())
                .child("staff")
                .childText("fullname"))
        .isEqualTo("Alexa Ops");
    assertThat(api.delete("/Base/Staff/" + id).statusCode()).isEqualTo(200);
    assertThat(api.get("/Base/Staff/" + id).body()).isEqualTo(XML + "<staffusers>\n</staffusers>");
    assertError(api.delete("/Base/Staff/" + id), 400, "Staff Load Failed: Invalid data provided");
  }

  @Test
  void staffGroups() {
    assertThat(api.get("/Base/StaffGroup/2").body())
        .isEqualTo(
            XML
                + "<staffgroups>\n<staffgroup>\n<id><![CDATA[2]]></id>\n"
                + "<title><![CDATA[Staff]]></title>\n<isadmin><![CDATA[0]]></isadmin>\n"
                + "</staffgroup>\n</staffgroups>");
    assertError(
        api.delete("/Base/StaffGroup/2"),
        400,
        "Staff Group Deletion Failed. There are \"1\" staff members assigned to this group. Please"
            + " delete them or change their group to continue.");
    assertError(
        api.post("/Base/StaffGroup", "title", "No flag"),
        400,
        "One of the required fields is empty");
    XmlNode g =
        Api.xml(api.post("/Base/StaffGroup", "title", "Night shift", "isadmin", "0").body())
            .child("staffgroup");
    assertThat(
            api.put("/Base/StaffGroup/" + g.childText("id"), "title", "Night", "isadmin", "1")
                .body())
        .contains("<isadmin><![CDATA[1]]></isadmin>");
    assertThat(api.delete("/Base/StaffGroup/" + g.childText("id")).statusCode()).isEqualTo(200);
    assertError(
        api.put("/Base/StaffGroup/999", "title", "x"),
        400,
        "Staff Group Load Failed: Invalid data provided");
  }

  @Test
  void usersListIsCappedAndFilterPages() {
    XmlNode all = Api.xml(api.get("/Base/User").body());
    assertThat(all.children("user")).hasSize(1000);
    assertThat(all.children("user").get(0).childText("id")).isEqualTo("57");
    XmlNode page = Api.xml(api.get("/Base/User/Filter/1000/5").body());
    assertThat(page.children("user"))
        .extracting(u -> u.childText("id"))
        .containsExactly("1000", "1001", "1002", "1003", "1004");
    assertThat(Api.xml(api.get("/Base/User/Filter/1000").body()).children("user")).hasSize(300);
    assertThat(Api.xml(api.get("/Base/User/Filter/0/5000").body()).children("user")).hasSize(1000);
  }

  @Test
  void userShapeIncludingIntegerCastQuirk() {
    assertThat(api.get("/Base/User/57").body())
        .isEqualTo(
            XML
                + "<users>\n<user>\n<id><![CDATA[57]]></id>\n"
                + "<usergroupid><![CDATA[2]]></usergroupid>\n<userrole><![CDATA[user]]></userrole>\n"
                + "<userorganizationid><![CDATA[8]]></userorganizationid>\n"
                + "<salutation><![CDATA[Ms.]]></salutation>\n<userexpiry><![CDATA[0]]></userexpiry>\n"
                + "<fullname><![CDATA[Pat Customer]]></fullname>\n"
                + "<email><![CDATA[pat@example.com]]></email>\n"
                + "<email><![CDATA[pat.customer@example.org]]></email>\n"
                + "<designation><![CDATA[IT Lead]]></designation>\n"
                + "<phone><![CDATA[+1 555 0100]]></phone>\n"
                + "<dateline><![CDATA[1650000000]]></dateline>\n"
                + "<lastvisit><![CDATA[1699990000]]></lastvisit>\n"
                + "<isenabled><![CDATA[1]]></isenabled>\n<timezone />\n"
                + "<enabledst><![CDATA[0]]></enabledst>\n<slaplanid><![CDATA[0]]></slaplanid>\n"
                + "<slaplanexpiry><![CDATA[0]]></slaplanexpiry>\n</user>\n</users>");
    assertThat(api.get("/Base/User/58").body()).contains("<userorganizationid />");
    assertThat(api.get("/Tickets/Ticket/1043").body()).contains("<userorganizationid />");
    assertThat(api.get("/Base/User/99999").body()).isEqualTo(XML + "<users>\n</users>");
  }

  @Test
  void userWrites() {
    String[] base = {
      "fullname", "Jo New", "usergroupid", "2", "password", "pw", "email", "jo@example.com"
    };
    assertError(
        api.post("/Base/User", "fullname", "Jo"), 400, "One of the required fields is empty");
    assertError(
        api.post(
            "/Base/User", "fullname", "Jo", "usergroupid", "2", "password", "pw", "email", "nope"),
        400,
        "Invalid Email Specified");
    assertError(
        api.post(
            "/Base/User",
            "fullname",
            "Jo",
            "usergroupid",
            "99",
            "password",
            "pw",
            "email",
            "jo@example.com"),
        400,
        "Invalid User Group");
    assertError(
        api.post(
            "/Base/User",
            "fullname",
            "Jo",
            "usergroupid",
            "1",
            "password",
            "pw",
            "email",
            "jo@example.com"),
        400,
        "User Group Specified is not of \"Registered\" type");
    assertError(
        api.post(
            "/Base/User",
            "fullname",
            "Jo",
            "usergroupid",
            "2",
            "password",
            "pw",
            "email",
            "jo@example.com",
            "userorganizationid",
            "99"),
        400,
        "Invalid User Organization ID");
    assertError(
        api.post(
            "/Base/User",
            "fullname",
            "Jo",
            "usergroupid",
            "2",
            "password",
            "pw",
            "email[]",
            "x@example.com",
            "email[]",
            "PAT@example.com"),
        400,
        "Unable to insert user. Email address belongs to an existing user.");
    assertError(
        api.post(
            "/Base/User",
            "fullname",
            "Jo",
            "usergroupid",
            "2",
            "password",
            "pw",
            "email",
            "jo@example.com",
            "slaplanid",
            "7"),
        400,
        "Invalid SLA Plan");
    XmlNode u = Api.xml(api.post("/Base/User", base).body()).child("user");
    assertThat(u.childText("userorganizationid")).isEmpty();
    assertThat(u.childText("dateline")).isEqualTo("1710000000");
    String id = u.childText("id");
    XmlNode put =
        Api.xml(
                api.put(
                        "/Base/User/" + id,
                        "fullname",
                        "Jo Renamed",
                        "salutation",
                        "Sir",
                        "usergroupid",
                        "1",
                        "userorganizationid",
                        "8",
                        "email[]",
                        "jo2@example.com",
                        "email[]",
                        "jo3@example.com")
                    .body())
            .child("user");
    assertThat(put.childText("fullname")).isEqualTo("Jo Renamed");
    assertThat(put.childText("salutation")).as("invalid salutation ignored").isEmpty();
    assertThat(put.childText("usergroupid")).as("guest group ignored").isEqualTo("2");
    assertThat(put.childText("userorganizationid")).isEqualTo("8");
    assertThat(put.children("email"))
        .extracting(XmlNode::text)
        .containsExactly("jo2@example.com", "jo3@example.com");
    assertError(
        api.put("/Base/User/" + id, "phone", "1"), 400, "One of the required fields is empty");
    assertError(
        api.put("/Base/User/99999", "fullname", "x"),
        400,
        "User Load Failed: Invalid data provided");
    assertThat(api.delete("/Base/User/" + id).statusCode()).isEqualTo(200);
    assertError(api.delete("/Base/User/" + id), 400, "User Load Failed: Invalid data provided");
  }

  @Test
  void userSearch() {
    assertError(api.post("/Base/UserSearch", "query", ""), 400, "Query should not be empty");
    assertThat(Api.xml(api.post("/Base/UserSearch", "query", "acme").body()).children("user"))
        .extracting(u -> u.childText("id"))
        .containsExactly("57");
    assertThat(Api.xml(api.post("/Base/UserSearch", "query", "VIP").body()).children("user"))
        .extracting(u -> u.childText("id"))
        .containsExactly("58");
    assertThat(Api.xml(api.post("/Base/UserSearch", "query", "lee pat").body()).children("user"))
        .hasSize(2);
    assertThat(
            Api.xml(api.post("/Base/UserSearch", "query", "lee pat", "phrase", "1").body())
                .children("user"))
        .isEmpty();
  }

  @Test
  void organizations() {
    assertThat(api.get("/Base/UserOrganization/8").body())
        .isEqualTo(
            XML
                + "<userorganizations>\n<userorganization>\n<id><![CDATA[8]]></id>\n"
                + "<name><![CDATA[Acme Widgets]]></name>\n"
                + "<organizationtype><![CDATA[shared]]></organizationtype>\n"
                + "<address><![CDATA[1 Example Way]]></address>\n"
                + "<city><![CDATA[Springfield]]></city>\n<state />\n"
                + "<postalcode><![CDATA[12345]]></postalcode>\n"
                + "<country><![CDATA[United States]]></country>\n<phone />\n<fax />\n"
                + "<website><![CDATA[https://acme.example.com]]></website>\n"
                + "<!-- Timeline Properties -->\n<dateline><![CDATA[1640000000]]></dateline>\n"
                + "<lastupdate><![CDATA[1690000000]]></lastupdate>\n"
                + "<!-- Custom SLA Properties -->\n<slaplanid><![CDATA[0]]></slaplanid>\n"
                + "<slaplanexpiry><![CDATA[0]]></slaplanexpiry>\n</userorganization>\n"
                + "</userorganizations>");
    assertError(
        api.post("/Base/UserOrganization", "name", "X"),
        400,
        "One of the required fields is empty");
    XmlNode o =
        Api.xml(
                api.post(
                        "/Base/UserOrganization",
                        "name",
                        "Globex",
                        "organizationtype",
                        "restricted",
                        "city",
                        "Cypress Creek")
                    .body())
            .child("userorganization");
    String id = o.childText("id");
    XmlNode put =
        Api.xml(api.put("/Base/UserOrganization/" + id, "name", "Globex Corp").body())
            .child("userorganization");
    assertThat(put.childText("city")).as("omitted fields are blanked").isEmpty();
    assertThat(put.childText("organizationtype")).isEqualTo("restricted");
    assertError(
        api.put("/Base/UserOrganization/999", "name", "x"),
        400,
        "User Organization Load Failed: Invalid data provided");
    assertThat(api.delete("/Base/UserOrganization/" + id).statusCode()).isEqualTo(200);
    assertThat(api.get("/Base/UserOrganization/" + id).body())
        .isEqualTo(XML + "<userorganizations>\n</userorganizations>");
  }

  @Test
  void userGroups() {
    assertThat(api.get("/Base/UserGroup/2").body())
        .isEqualTo(
            XML
                + "<usergroups>\n<usergroup>\n<id><![CDATA[2]]></id>\n"
                + "<title><![CDATA[Registered]]></title>\n"
                + "<grouptype><![CDATA[registered]]></grouptype>\n"
                + "<ismaster><![CDATA[1]]></ismaster>\n</usergroup>\n</usergroups>");
    assertError(api.delete("/Base/UserGroup/2"), 400, "Cannot delete master user group");
    XmlNode g =
        Api.xml(api.post("/Base/UserGroup", "title", "Partners", "grouptype", "registered").body())
            .child("usergroup");
    String id = g.childText("id");
    XmlNode put =
        Api.xml(api.put("/Base/UserGroup/" + id, "title", "Partners+", "grouptype", "guest").body())
            .child("usergroup");
    assertThat(put.childText("grouptype")).isEqualTo("registered");
    assertThat(put.childText("title")).isEqualTo("Partners+");
    assertThat(api.delete("/Base/UserGroup/" + id).statusCode()).isEqualTo(200);
    assertError(
        api.delete("/Base/UserGroup/" + id), 400, "User Group Load Failed: Invalid data provided");
  }

  @Test
  void customFieldsAndOptions() {
    String xml = api.get("/Base/CustomField").body();
    assertThat(xml)
        .contains(
            "<customfield customfieldid=\"11\" customfieldgroupid=\"4\" title=\"Serial number\""
                + " fieldtype=\"1\" fieldname=\"k8d2m1x9qa\" defaultvalue=\"\" isrequired=\"0\""
                + " usereditable=\"1\" staffeditable=\"1\" regexpvalidate=\"\" displayorder=\"1\""
                + " encryptindb=\"0\" description=\"\" grouptype=\"9\" />");
    assertThat(api.get("/Base/CustomField/ListOptions/13").body())
        .isEqualTo(
            XML
                + "<customfieldoptions>\n"
                + "<option customfieldoptionid=\"31\" customfieldid=\"13\" optionvalue=\"Windows\""
                + " displayorder=\"1\" isselected=\"0\" parentcustomfieldoptionid=\"0\" />\n"
                + "<option customfieldoptionid=\"32\" customfieldid=\"13\" optionvalue=\"macOS\""
                + " displayorder=\"2\" isselected=\"0\" parentcustomfieldoptionid=\"0\" />\n"
                + "<option customfieldoptionid=\"33\" customfieldid=\"13\""
                + " optionvalue=\"Linux, GNU\" displayorder=\"3\" isselected=\"0\""
                + " parentcustomfieldoptionid=\"0\" />\n</customfieldoptions>");
    assertError(api.get("/Base/CustomField/ListOptions"), 400, "No Custom Field ID Provided");
  }
}
