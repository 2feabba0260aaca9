package dev.kayakomcp.emulator;

import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.StaffGroup;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import dev.kayakomcp.model.Watcher;
import dev.kayakomcp.model.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built helpdesk for emulator tests, independent of the dataset generator. Ticket 1042
 * is the spec's §3.3 sample; the statuses are chosen to expose the ListAll default bug.
 */
public final class TestHelpdesk {

  /** "Now" for writes in tests. */
  public static final Instant NOW = Instant.ofEpochSecond(1_710_000_000L);

  public static final String PNG_BASE64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAen63NgAAAAASUVORK5CYII=";

  private TestHelpdesk() {}

  /** Options serving a fresh test helpdesk with a fixed clock and fixed credentials. */
  public static EmulatorOptions options() {
    return EmulatorOptions.defaults()
        .helpdesk(build())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .apiKey("2f6c1a9e-7b3d-4c55-9e0a-1d2b3c4d5e6f")
        .secretKey("example-secret-key");
  }

  public static Helpdesk build() {
    Helpdesk h = new Helpdesk();
    h.departments.put(1, new Department(1, "General", "public", "tickets", 1, 0, false, List.of()));
    h.departments.put(2, new Department(2, "Billing", "public", "tickets", 2, 0, true, List.of(2)));
    h.departments.put(3, new Department(3, "Support", "public", "tickets", 3, 0, false, List.of()));
    h.departments.put(4, new Department(4, "Chat", "public", "livechat", 5, 0, false, List.of()));
    h.departments.put(5, new Department(5, "Sales", "private", "tickets", 4, 0, false, List.of()));

    h.statuses.put(1, status(1, "Open", 0, false));
    h.statuses.put(2, status(2, "In Progress", 0, false));
    h.statuses.put(3, status(3, "Closed", 0, true));
    h.statuses.put(5, status(5, "Awaiting Parts", 1, false));
    h.statuses.put(6, status(6, "Escalated", 5, false));

    h.priorities.put(
        1, new TicketPriority(1, "Normal", 1, "#000000", "#ffffff", "public", false, List.of()));
    h.priorities.put(
        2, new TicketPriority(2, "High", 2, "#ffffff", "#e08a00", "public", true, List.of(2)));
    h.types.put(
        1,
        new TicketType(
            1, "Issue", 1, 0, "{$themepath}icon_typeissue.png", "public", false, List.of()));
    h.types.put(2, new TicketType(2, "Task", 2, 0, "", "public", false, List.of()));

    h.staffGroups.put(1, new StaffGroup(1, "Administrator", true));
    h.staffGroups.put(2, new StaffGroup(2, "Staff", false));
    h.staffGroups.put(3, new StaffGroup(3, "Empty Team", false));
    h.staff.put(
        1,
        new Staff(
            1,
            1,
            "Sam",
            "Admin",
            "Sam Admin",
            "sam",
            "sam@support.example.com",
            "",
            "",
            "",
            true,
            "",
            false,
            ""));
    h.staff.put(
        4,
        new Staff(
            4,
            2,
            "Dana",
            "Agent",
            "Dana Agent",
            "dana",
            "dana@support.example.com",
            "Support Engineer",
            "",
            "",
            true,
            "Europe/Berlin",
            true,
            "Dana, Example Support"));

    h.userGroups.put(1, new UserGroup(1, "Guest", "guest", true));
    h.userGroups.put(2, new UserGroup(2, "Registered", "registered", true));
    h.userGroups.put(3, new UserGroup(3, "VIP", "registered", false));
    h.organizations.put(
        8,
        new UserOrganization(
            8,
            "Acme Widgets",
            "shared",
            "1 Example Way",
            "Springfield",
            "",
            "12345",
            "United States",
            "",
            "",
            "https://acme.example.com",
            1640000000,
            1690000000,
            0,
            0));
    h.users.put(
        57,
        new User(
            57,
            2,
            "user",
            8,
            "Ms.",
            0,
            "Pat Customer",
            List.of("pat@example.com", "pat.customer@example.org"),
            "IT Lead",
            "+1 555 0100",
            1650000000,
            1699990000,
            true,
            "",
            false,
            0,
            0));
    h.users.put(
        58,
        new User(
            58,
            3,
            "user",
            0,
            "",
            0,
            "Lee Nobody",
            List.of("lee@example.net"),
            "",
            "",
            1650000100,
            0,
            true,
            "",
            false,
            0,
            0));
    h.templateGroups.put(1, "Default");

    h.tickets.put(
        1042,
        ticket(
            1042,
            2,
            "QXV-418-20573",
            3,
            1,
            2,
            1,
            57,
            "Acme Widgets",
            8,
            4,
            "Dana Agent",
            "Pat Customer",
            "pat@example.com",
            "Dana Agent",
            "Cannot reset my password",
            1700000000,
            1700003600,
            1700003600,
            1700000000,
            1,
            1700259200,
            1,
            "login password",
            List.of(new Watcher(4, "Dana Agent")),
            List.of(new Workflow(2, "Escalate to Tier 2"))));
    h.tickets.put(
        1043,
        ticket(
            1043,
            0,
            "ABC-123-45678",
            1,
            3,
            1,
            2,
            58,
            "",
            0,
            0,
            "",
            "Lee Nobody",
            "lee@example.net",
            "Lee Nobody",
            "Printer on fire",
            1700050000,
            1700060000,
            0,
            1700060000,
            0,
            0,
            0,
            "",
            List.of(),
            List.of()));
    h.tickets.put(
        1044,
        ticket(
            1044,
            0,
            "DEF-234-56789",
            2,
            2,
            1,
            1,
            57,
            "Acme Widgets",
            8,
            1,
            "Sam Admin",
            "Pat Customer",
            "pat@example.com",
            "Pat Customer",
            "Invoice question",
            1700100000,
            1700100000,
            0,
            1700100000,
            0,
            0,
            0,
            "billing",
            List.of(),
            List.of()));
    h.tickets.put(
        1045,
        ticket(
            1045,
            0,
            "GHI-345-67890",
            5,
            5,
            1,
            1,
            58,
            "",
            0,
            0,
            "",
            "Lee Nobody",
            "lee@example.net",
            "Lee Nobody",
            "Quote for ten units",
            1700200000,
            1700200000,
            0,
            1700200000,
            0,
            0,
            0,
            "",
            List.of(),
            List.of()));
    h.tickets.put(
        1046,
        ticket(
            1046,
            0,
            "JKL-456-78901",
            5,
            6,
            1,
            1,
            58,
            "",
            0,
            0,
            "",
            "Lee Nobody",
            "lee@example.net",
            "Lee Nobody",
            "Escalated quote",
            1700300000,
            1700300000,
            0,
            1700300000,
            0,
            0,
            0,
            "",
            List.of(),
            List.of()));
    h.tickets.put(
        1047,
        ticket(
            1047,
            0,
            "MNO-567-89012",
            1,
            5,
            1,
            1,
            57,
            "Acme Widgets",
            8,
            0,
            "",
            "Pat Customer",
            "pat@example.com",
            "Pat Customer",
            "Waiting on spare parts",
            1700400000,
            1700400000,
            0,
            1700400000,
            0,
            0,
            0,
            "parts",
            List.of(),
            List.of()));
    h.mergedTicketIds.put(1000, 1042);

    h.posts.put(
        1042,
        List.of(
            post(
                2210,
                1042,
                1700000000,
                57,
                "Pat Customer",
                "pat@example.com",
                "",
                "203.0.113.10",
                PostCreator.USER,
                false,
                false,
                0,
                "The reset link says it has expired.",
                List.of()),
            post(
                2214,
                1042,
                1700003600,
                0,
                "Dana Agent",
                "dana@support.example.com",
                "pat@example.com",
                "198.51.100.7",
                PostCreator.STAFF,
                true,
                true,
                4,
                "<p>Hi Pat,</p><p>I have sent a new link.</p>",
                List.of())));
    h.posts.put(
        1043,
        List.of(
            post(
                2220,
                1043,
                1700060000,
                58,
                "Lee Nobody",
                "lee@example.net",
                "",
                "",
                PostCreator.USER,
                false,
                false,
                0,
                "Screenshot attached.\u0007",
                List.of(
                    new Attachment(
                        88, 1043, 2220, "error.png", 68, "image/png", 1700060000, PNG_BASE64)))));
    h.posts.put(
        1044,
        List.of(
            post(
                2230,
                1044,
                1700100000,
                57,
                "Pat Customer",
                "pat@example.com",
                "",
                "",
                PostCreator.USER,
                false,
                false,
                0,
                "Why was I charged twice?",
                List.of())));
    h.posts.put(
        1045,
        List.of(
            post(
                2240,
                1045,
                1700200000,
                58,
                "Lee Nobody",
                "lee@example.net",
                "",
                "",
                PostCreator.USER,
                false,
                false,
                0,
                "Please quote.",
                List.of())));
    h.posts.put(
        1046,
        List.of(
            post(
                2250,
                1046,
                1700300000,
                58,
                "Lee Nobody",
                "lee@example.net",
                "",
                "",
                PostCreator.USER,
                false,
                false,
                0,
                "Escalate please.",
                List.of())));
    h.posts.put(
        1047,
        List.of(
            post(
                2260,
                1047,
                1700400000,
                57,
                "Pat Customer",
                "pat@example.com",
                "",
                "",
                PostCreator.USER,
                false,
                false,
                0,
                "Any news on the parts?",
                List.of())));

    h.ticketNotes.put(
        1042,
        List.of(
            new Note(
                NoteType.TICKET,
                15,
                1042,
                1,
                4,
                0,
                "Dana Agent",
                1700001800,
                "Identity confirmed by phone.")));
    h.userNotes.put(
        57,
        List.of(
            new Note(
                NoteType.USER,
                6,
                57,
                3,
                4,
                0,
                "Dana Agent",
                1690000000,
                "Prefers e-mail contact.")));
    h.organizationNotes.put(
        8,
        List.of(
            new Note(
                NoteType.USER_ORGANIZATION,
                2,
                8,
                4,
                1,
                0,
                "Sam Admin",
                1680000000,
                "Gold support contract.")));
    h.timeTracks.put(
        1042,
        List.of(
            new TimeTrack(
                9,
                1042,
                900,
                600,
                1700003600,
                1700003000,
                4,
                "Dana Agent",
                4,
                "Dana Agent",
                1,
                "Checked SSO logs.")));

    h.customFieldGroups.put(4, new CustomFieldGroupDef(4, "Product details", 1, 9, List.of()));
    h.customFieldGroups.put(6, new CustomFieldGroupDef(6, "Billing only", 2, 3, List.of(2)));
    h.customFieldGroups.put(7, new CustomFieldGroupDef(7, "Registration", 3, 1, List.of()));
    h.customFields.put(11, field(11, 4, "Serial number", 1, "k8d2m1x9qa", 1));
    h.customFields.put(12, field(12, 4, "Product", 9, "p3n7c2v6wz", 2));
    h.customFields.put(13, field(13, 4, "Affected OS", 7, "r5t1y8u2io", 3));
    h.customFields.put(14, field(14, 4, "Purchase date", 10, "e9w3q7z1lk", 4));
    h.customFields.put(16, field(16, 4, "Notes for tier 2", 2, "h7g5f3d1sa", 6));
    h.customFields.put(17, field(17, 4, "Severity", 6, "s1e2v3r4ty", 7));
    h.customFields.put(20, field(20, 6, "Invoice number", 1, "i1n2v3o4ic", 1));
    h.customFields.put(21, field(21, 7, "Company size", 1, "c1s2z3e4ab", 1));
    h.customFieldOptions.put(31, new CustomFieldOption(31, 13, "Windows", 1, false, 0));
    h.customFieldOptions.put(32, new CustomFieldOption(32, 13, "macOS", 2, false, 0));
    h.customFieldOptions.put(33, new CustomFieldOption(33, 13, "Linux, GNU", 3, false, 0));
    h.customFieldOptions.put(40, new CustomFieldOption(40, 12, "Printers", 1, false, 0));
    h.customFieldOptions.put(41, new CustomFieldOption(41, 12, "LaserJet 5", 2, false, 40));
    h.customFieldOptions.put(50, new CustomFieldOption(50, 17, "Low", 1, true, 0));
    h.customFieldOptions.put(51, new CustomFieldOption(51, 17, "High", 2, false, 0));
    Map<Integer, CustomFieldValue> values = new HashMap<>();
    values.put(
        11, new CustomFieldValue(11, "Serial number", 1, "k8d2m1x9qa", null, "SN-0042-7781"));
    values.put(
        12, new CustomFieldValue(12, "Product", 9, "p3n7c2v6wz", null, "Printers > LaserJet 5"));
    values.put(
        13, new CustomFieldValue(13, "Affected OS", 7, "r5t1y8u2io", null, "Windows, macOS"));
    h.customFieldValues.put(1042, values);

    h.nextTicketId = 1048;
    h.nextPostId = 2261;
    h.nextNoteId = 16;
    h.nextAttachmentId = 89;
    h.nextTimeTrackId = 10;
    h.nextUserId = 59;
    return h;
  }

  /** A helpdesk with {@code n} extra users (ids 100..) to exercise the 1000-user cap. */
  public static Helpdesk withManyUsers(int n) {
    Helpdesk h = build();
    for (int i = 0; i < n; i++) {
      int id = 100 + i;
      h.users.put(
          id,
          new User(
              id,
              2,
              "user",
              0,
              "",
              0,
              "Bulk User " + id,
              List.of("bulk" + id + "@example.com"),
              "",
              "",
              1650000000,
              0,
              true,
              "",
              false,
              0,
              0));
    }
    h.nextUserId = 100 + n;
    return h;
  }

  private static TicketStatus status(int id, String title, int dept, boolean resolved) {
    return new TicketStatus(
        id,
        title,
        id,
        dept,
        "{$themepath}icon_ticketstatusopen.png",
        "public",
        true,
        resolved,
        true,
        "#4eafcb",
        "#4eafcb",
        false,
        false,
        false,
        List.of());
  }

  private static CustomField field(
      int id, int group, String title, int type, String name, int order) {
    int groupType = group == 4 ? 9 : group == 6 ? 3 : 1;
    return new CustomField(
        id, group, title, type, name, "", false, true, true, "", order, false, "", groupType);
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private static Ticket ticket(
      int id,
      int flag,
      String mask,
      int dept,
      int status,
      int prio,
      int type,
      int user,
      String org,
      int orgId,
      int owner,
      String ownerName,
      String fullName,
      String email,
      String lastReplier,
      String subject,
      long created,
      long activity,
      long staffReply,
      long userReply,
      int sla,
      long resolutionDue,
      int replies,
      String tags,
      List<Watcher> watchers,
      List<Workflow> workflows) {
    return new Ticket(
        id,
        flag,
        mask,
        dept,
        status,
        prio,
        type,
        user,
        org,
        orgId,
        owner,
        ownerName,
        fullName,
        email,
        lastReplier,
        subject,
        created,
        activity,
        staffReply,
        userReply,
        sla,
        0,
        resolutionDue,
        replies,
        id == 1042 ? "203.0.113.10" : "",
        id == 1042 ? 2 : 2,
        4,
        1,
        false,
        0,
        1,
        tags,
        "Default",
        watchers,
        workflows,
        List.of(),
        List.of(),
        null);
  }

  private static Post post(
      int id,
      int ticket,
      long dateline,
      int user,
      String name,
      String email,
      String emailTo,
      String ip,
      PostCreator creator,
      boolean html,
      boolean emailed,
      int staff,
      String contents,
      List<Attachment> attachments) {
    return new Post(
        id,
        ticket,
        dateline,
        user,
        name,
        email,
        emailTo,
        ip,
        !attachments.isEmpty(),
        creator,
        false,
        html,
        emailed,
        staff,
        false,
        contents,
        false,
        new ArrayList<>(attachments));
  }
}
