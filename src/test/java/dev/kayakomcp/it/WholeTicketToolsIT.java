package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.model.User;
import dev.kayakomcp.tools.AttachmentLimits;
import io.modelcontextprotocol.spec.McpSchema.BlobResourceContents;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole-ticket tools (notes, attachments, time, custom fields, lookups, people, counts), the
 * include/detail options of kayako_get_ticket, time windows, folding and fencing — through a real
 * MCP client over stdio against the emulator, with the emulator's helpdesk as ground truth.
 */
@Timeout(180)
class WholeTicketToolsIT extends ToolsAgainstEmulator {

  /** The tool's answer, which must not be an error and must fit the answer budget. */
  @Override
  protected CallToolResult ok(String tool, Map<String, Object> args) {
    CallToolResult r = super.ok(tool, args);
    assertThat(McpSession.text(r).length()).isLessThanOrEqualTo(25_000);
    return r;
  }

  private static Map<String, Object> s(CallToolResult r) {
    return McpSession.structured(r);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
    return (List<Map<String, Object>>) m.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }

  private static int num(Object o) {
    return ((Number) o).intValue();
  }

  private Ticket ticket(Predicate<Ticket> p) {
    return truth.tickets.values().stream().filter(p).findFirst().orElseThrow();
  }

  private boolean inTicketDepartment(Ticket t) {
    Department d = truth.departments.get(t.departmentId());
    return d != null && d.isTicketDepartment();
  }

  // ---- notes ----

  @Test
  void notesComeWithAuthorTimeColourAndTheStaffTheyAreFor() {
    Ticket t = ticket(x -> truth.ticketNotes.getOrDefault(x.id(), List.of()).size() > 1);
    List<Note> expected = truth.ticketNotes.get(t.id());
    Map<String, Object> m =
        s(
            ok(
                "kayako_get_ticket_notes",
                Map.of("ticket_id", t.displayId(), "response_format", "json")));
    assertThat(num(m.get("total_notes"))).isEqualTo(expected.size());
    List<Map<String, Object>> notes = list(m, "notes");
    assertThat(notes).hasSize(expected.size());
    Map<Integer, Note> byId = expected.stream().collect(Collectors.toMap(Note::id, n -> n));
    for (Map<String, Object> n : notes) {
      Note e = byId.get(num(n.get("id")));
      assertThat(e).isNotNull();
      assertThat(n.get("created_at")).isEqualTo(Times.iso(e.creationDate()));
      assertThat(n.get("color"))
          .isEqualTo(
              List.of("yellow", "purple", "blue", "green", "red")
                  .get(Math.max(0, e.noteColor() - 1)));
      String author =
          e.creatorStaffName() != null && !e.creatorStaffName().isBlank()
              ? e.creatorStaffName()
              : truth.staff.get(e.creatorStaffId()).fullName();
      assertThat(n.get("author")).isEqualTo(author);
      assertThat(num(n.get("for_staff_id"))).isEqualTo(e.forStaffId());
    }
    String md = McpSession.text(ok("kayako_get_ticket_notes", Map.of("ticket_id", t.id())));
    assertThat(md).contains("# Staff notes of ticket " + t.displayId());
    assertThat(md).contains("Note by ");
  }

  @Test
  void aTicketWithoutNotesSaysSoAndAnUnknownTicketIsAnErrorWithANextStep() {
    Ticket t = ticket(x -> truth.ticketNotes.getOrDefault(x.id(), List.of()).isEmpty());
    assertThat(McpSession.text(ok("kayako_get_ticket_notes", Map.of("ticket_id", t.id()))))
        .contains("no staff notes");
    CallToolResult r = mcp.call("kayako_get_ticket_notes", Map.of("ticket_id", "ZZZ-999-99999"));
    assertThat(r.isError()).isTrue();
    assertThat(McpSession.text(r)).contains("kayako_search_tickets");
  }

  // ---- attachments ----

  private record Found(Ticket ticket, Attachment attachment) {}

  private Found attachment(String mimeType) {
    for (Ticket t : truth.tickets.values()) {
      for (Post p : truth.posts.getOrDefault(t.id(), List.of())) {
        for (Attachment a : p.attachments()) {
          if (mimeType.equals(a.fileType())) {
            return new Found(t, a);
          }
        }
      }
    }
    throw new IllegalStateException("no " + mimeType + " attachment in the dataset");
  }

  private static byte[] bytes(Attachment a) {
    return Base64.getMimeDecoder().decode(a.contentsBase64());
  }

  @Test
  void attachmentsAreListedWithKindAndSize() {
    Found f = attachment("image/png");
    List<Attachment> expected = truth.attachmentsOf(f.ticket().id());
    Map<String, Object> m =
        s(ok("kayako_list_ticket_attachments", Map.of("ticket_id", f.ticket().displayId())));
    assertThat(num(m.get("total"))).isEqualTo(expected.size());
    Map<String, Object> png =
        list(m, "attachments").stream()
            .filter(a -> num(a.get("id")) == f.attachment().id())
            .findFirst()
            .orElseThrow();
    assertThat(png.get("kind")).isEqualTo("image");
    assertThat(png.get("file_name")).isEqualTo(f.attachment().fileName());
    assertThat(((Number) png.get("size_bytes")).longValue()).isEqualTo(f.attachment().fileSize());
  }

  @Test
  void aTextLogComesBackAsFencedText() {
    Found f = attachment("text/plain");
    String content = new String(bytes(f.attachment()), StandardCharsets.UTF_8);
    CallToolResult r =
        ok(
            "kayako_get_ticket_attachment",
            Map.of("ticket_id", f.ticket().displayId(), "attachment_id", f.attachment().id()));
    assertThat(s(r).get("returned_as")).isEqualTo("text");
    assertThat(s(r).get("text")).isEqualTo(content);
    assertThat(s(r).get("untrusted")).isEqualTo(true);
    assertThat(McpSession.text(r))
        .contains("<untrusted-customer-content>")
        .contains(content.lines().findFirst().orElseThrow());
    assertThat(r.content()).hasSize(1);
  }

  @Test
  void aCsvComesBackAsText() {
    Found f = attachment("text/csv");
    CallToolResult r =
        ok(
            "kayako_get_ticket_attachment",
            Map.of("ticket_id", f.ticket().id(), "attachment_id", f.attachment().id()));
    assertThat(s(r).get("returned_as")).isEqualTo("text");
    assertThat((String) s(r).get("text")).startsWith("id,name,email,created_at,plan,seats");
  }

  @Test
  void aPngComesBackAsImageContent() {
    Found f = attachment("image/png");
    CallToolResult r =
        ok(
            "kayako_get_ticket_attachment",
            Map.of("ticket_id", f.ticket().id(), "attachment_id", f.attachment().id()));
    assertThat(s(r).get("returned_as")).isEqualTo("image");
    ImageContent image =
        r.content().stream()
            .filter(ImageContent.class::isInstance)
            .map(ImageContent.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(image.mimeType()).isEqualTo("image/png");
    assertThat(Base64.getDecoder().decode(image.data())).isEqualTo(bytes(f.attachment()));
  }

  @Test
  void aPdfComesBackAsAnEmbeddedResource() {
    Found f = attachment("application/pdf");
    CallToolResult r =
        ok(
            "kayako_get_ticket_attachment",
            Map.of("ticket_id", f.ticket().id(), "attachment_id", f.attachment().id()));
    assertThat(s(r).get("returned_as")).isEqualTo("resource");
    EmbeddedResource res =
        r.content().stream()
            .filter(EmbeddedResource.class::isInstance)
            .map(EmbeddedResource.class::cast)
            .findFirst()
            .orElseThrow();
    BlobResourceContents blob = (BlobResourceContents) res.resource();
    assertThat(blob.mimeType()).isEqualTo("application/pdf");
    assertThat(new String(Base64.getDecoder().decode(blob.blob()), StandardCharsets.ISO_8859_1))
        .startsWith("%PDF");
    assertThat(Base64.getDecoder().decode(blob.blob())).isEqualTo(bytes(f.attachment()));
  }

  @Test
  void filesOverTheCapsComeBackAsMetadataOrCutText() {
    Found png = attachment("image/png");
    Found pdf = attachment("application/pdf");
    Found log = attachment("text/plain");
    try (McpSession small =
        McpSession.on(emulator).attachmentLimits(new AttachmentLimits(100, 64, 64)).open()) {
      CallToolResult image =
          small.call(
              "kayako_get_ticket_attachment",
              Map.of("ticket_id", png.ticket().id(), "attachment_id", png.attachment().id()));
      assertThat(image.isError()).isFalse();
      assertThat(McpSession.structured(image).get("returned_as")).isEqualTo("metadata");
      assertThat((String) McpSession.structured(image).get("note")).contains("over the");
      assertThat(image.content()).hasSize(1);

      CallToolResult file =
          small.call(
              "kayako_get_ticket_attachment",
              Map.of("ticket_id", pdf.ticket().id(), "attachment_id", pdf.attachment().id()));
      assertThat(McpSession.structured(file).get("returned_as")).isEqualTo("metadata");
      assertThat(file.content()).hasSize(1);

      CallToolResult text =
          small.call(
              "kayako_get_ticket_attachment",
              Map.of("ticket_id", log.ticket().id(), "attachment_id", log.attachment().id()));
      assertThat(McpSession.structured(text).get("truncated")).isEqualTo(true);
      assertThat((String) McpSession.structured(text).get("text")).hasSize(100);
      assertThat(McpSession.text(text)).contains("[truncated: showing the first 100 of");
    }
  }

  @Test
  void anAttachmentOfAnotherTicketIsAnError() {
    Found f = attachment("image/png");
    Ticket other = ticket(t -> t.id() != f.ticket().id());
    CallToolResult r =
        mcp.call(
            "kayako_get_ticket_attachment",
            Map.of("ticket_id", other.id(), "attachment_id", f.attachment().id()));
    assertThat(r.isError()).isTrue();
  }

  // ---- time tracking ----

  @Test
  void timeTrackingHasEntriesAndTotalsInSecondsAndReadableForm() {
    Ticket t = ticket(x -> truth.timeTracks.getOrDefault(x.id(), List.of()).size() > 1);
    List<TimeTrack> expected = truth.timeTracks.get(t.id());
    long worked = expected.stream().mapToLong(TimeTrack::timeWorked).sum();
    long billable = expected.stream().mapToLong(TimeTrack::timeBillable).sum();
    CallToolResult r = ok("kayako_get_ticket_time_tracking", Map.of("ticket_id", t.displayId()));
    Map<String, Object> totals = map(s(r), "totals");
    assertThat(((Number) totals.get("worked_seconds")).longValue()).isEqualTo(worked);
    assertThat(((Number) totals.get("billable_seconds")).longValue()).isEqualTo(billable);
    assertThat(totals.get("worked")).isEqualTo(dev.kayakomcp.format.Durations.human(worked));
    assertThat(list(s(r), "entries")).hasSize(expected.size());
    assertThat(McpSession.text(r))
        .contains("Total worked: " + dev.kayakomcp.format.Durations.human(worked));
  }

  // ---- custom fields ----

  @Test
  void everyCustomFieldTypeComesWithItsDefinition() {
    Set<String> seenTypes = new HashSet<>();
    int checked = 0;
    for (Ticket t : truth.tickets.values()) {
      Map<Integer, CustomFieldValue> values =
          truth.customFieldValues.getOrDefault(t.id(), Map.of());
      boolean newType =
          values.values().stream()
              .anyMatch(
                  v ->
                      !v.value().isEmpty()
                          && !seenTypes.contains(
                              String.valueOf(truth.customFields.get(v.id()).fieldType())));
      if (!newType) {
        continue;
      }
      Map<String, Object> m =
          s(
              ok(
                  "kayako_get_ticket_custom_fields",
                  Map.of("ticket_id", t.id(), "response_format", "json")));
      for (Map<String, Object> f : list(m, "fields")) {
        CustomField def = truth.customFields.get(num(f.get("id")));
        CustomFieldValue v = values.get(def.id());
        assertThat(f.get("title")).isEqualTo(def.title());
        assertThat(num(f.get("type_code"))).isEqualTo(def.fieldType());
        assertThat(f.get("untrusted")).isEqualTo(true);
        boolean set = v != null && !v.value().isEmpty();
        assertThat(f.get("is_set")).isEqualTo(set);
        if (!set) {
          continue;
        }
        seenTypes.add(String.valueOf(def.fieldType()));
        switch (def.fieldType()) {
          case 11 -> {
            assertThat(f.get("value")).isNull();
            Map<String, Object> file = map(f, "file");
            assertThat(file.get("file_name")).isEqualTo(v.fileName());
            assertThat(num(file.get("size_bytes")))
                .isEqualTo(Base64.getDecoder().decode(v.value()).length);
          }
          case 3 -> assertThat(f.get("value")).isNotEqualTo(v.value());
          default -> assertThat(f.get("value")).isEqualTo(v.value());
        }
        if (List.of(4, 5, 6, 7, 9).contains(def.fieldType())) {
          @SuppressWarnings("unchecked")
          List<String> options = (List<String>) f.get("options");
          long expectedOptions =
              truth.customFieldOptions.values().stream()
                  .filter(o -> o.customFieldId() == def.id())
                  .count();
          assertThat(options).hasSize((int) expectedOptions);
          if (def.fieldType() == 9) {
            assertThat(options).anyMatch(o -> o.contains(" > "));
            assertThat(v.value()).isIn(options);
          }
          if (def.fieldType() == 4 || def.fieldType() == 7) {
            @SuppressWarnings("unchecked")
            List<String> chosen = (List<String>) f.get("values");
            assertThat(options).containsAll(chosen);
          }
        }
      }
      checked++;
    }
    Set<String> typesInDataset =
        truth.customFields.values().stream()
            .filter(d -> truth.customFieldGroups.get(d.groupId()).isTicketGroup())
            .map(d -> String.valueOf(d.fieldType()))
            .collect(Collectors.toSet());
    assertThat(checked).isPositive();
    assertThat(seenTypes).containsAll(typesInDataset);
  }

  @Test
  void customFieldValuesAreFencedInMarkdownAndFilesShowNoBytes() {
    Ticket t =
        ticket(
            x ->
                truth.customFieldValues.getOrDefault(x.id(), Map.of()).values().stream()
                    .anyMatch(
                        v ->
                            !v.value().isEmpty()
                                && v.fileName() != null
                                && !v.fileName().isEmpty()));
    CustomFieldValue file =
        truth.customFieldValues.get(t.id()).values().stream()
            .filter(v -> !v.value().isEmpty() && !v.fileName().isEmpty())
            .findFirst()
            .orElseThrow();
    String md = McpSession.text(ok("kayako_get_ticket_custom_fields", Map.of("ticket_id", t.id())));
    assertThat(md)
        .contains("<untrusted-customer-content>")
        .contains("</untrusted-customer-content>");
    assertThat(md).contains(file.fileName()).doesNotContain(file.value());
  }

  // ---- lookups, people, counts ----

  @Test
  void prioritiesTypesAndStaffAreComplete() {
    Map<String, Object> p = s(ok("kayako_get_ticket_priorities", Map.of()));
    assertThat(list(p, "priorities").stream().map(x -> num(x.get("id"))).toList())
        .containsExactlyInAnyOrderElementsOf(truth.priorities.keySet());
    Map<String, Object> types = s(ok("kayako_get_ticket_types", Map.of()));
    assertThat(list(types, "types").stream().map(x -> (String) x.get("title")).toList())
        .containsExactlyInAnyOrderElementsOf(
            truth.types.values().stream().map(x -> x.title()).toList());
    Map<String, Object> staff = s(ok("kayako_list_staff", Map.of("response_format", "json")));
    assertThat(list(staff, "staff")).hasSize(truth.staff.size());
    for (Map<String, Object> x : list(staff, "staff")) {
      Staff e = truth.staff.get(num(x.get("id")));
      assertThat(x.get("name")).isEqualTo(e.fullName());
      assertThat(x.get("group")).isEqualTo(truth.staffGroups.get(e.staffGroupId()).title());
    }
  }

  @Test
  void usersAreFoundAndShownWithOrganisationAndGroup() {
    User u =
        truth.users.values().stream()
            .filter(x -> x.userOrganizationId() > 0 && !x.emails().isEmpty())
            .findFirst()
            .orElseThrow();
    Map<String, Object> found = s(ok("kayako_search_users", Map.of("query", u.emails().get(0))));
    assertThat(list(found, "users")).anyMatch(x -> num(x.get("id")) == u.id());
    Map<String, Object> user = map(s(ok("kayako_get_user", Map.of("user_id", u.id()))), "user");
    assertThat(user.get("name")).isEqualTo(u.fullName());
    assertThat(user.get("organization"))
        .isEqualTo(truth.organizations.get(u.userOrganizationId()).name());
    assertThat(user.get("user_group")).isEqualTo(truth.userGroups.get(u.userGroupId()).title());
    Map<String, Object> org =
        map(
            s(ok("kayako_get_organization", Map.of("organization_id", u.userOrganizationId()))),
            "organization");
    assertThat(org.get("name")).isEqualTo(truth.organizations.get(u.userOrganizationId()).name());

    CallToolResult missing = mcp.call("kayako_get_user", Map.of("user_id", 99_999_999));
    assertThat(missing.isError()).isTrue();
    assertThat(McpSession.text(missing)).contains("kayako_search_users");
  }

  @Test
  void ticketCountsMatchTheTicketsWithNames() {
    Map<String, Object> m = s(ok("kayako_get_ticket_counts", Map.of()));
    Map<Integer, Long> byDepartment =
        truth.tickets.values().stream()
            .collect(Collectors.groupingBy(Ticket::departmentId, Collectors.counting()));
    for (Map<String, Object> d : list(m, "departments")) {
      assertThat((long) num(d.get("total"))).isEqualTo(byDepartment.get(num(d.get("id"))));
      if (truth.departments.containsKey(num(d.get("id")))) {
        assertThat(d.get("name")).isEqualTo(truth.departments.get(num(d.get("id"))).title());
      }
    }
    long unassigned = truth.tickets.values().stream().filter(t -> t.ownerStaffId() == 0).count();
    assertThat(list(m, "unassigned").stream().mapToLong(x -> num(x.get("total"))).sum())
        .isEqualTo(unassigned);
    assertThat(list(m, "owners"))
        .allMatch(o -> truth.staff.get(num(o.get("id"))).fullName().equals(o.get("name")));
  }

  // ---- kayako_get_ticket include / detail ----

  @Test
  void oneCallReturnsTheWholeTicket() {
    Ticket t =
        ticket(
            x ->
                !truth.ticketNotes.getOrDefault(x.id(), List.of()).isEmpty()
                    && !truth.timeTracks.getOrDefault(x.id(), List.of()).isEmpty()
                    && !truth.attachmentsOf(x.id()).isEmpty()
                    && !truth.customFieldValues.getOrDefault(x.id(), Map.of()).isEmpty());
    Map<String, Object> m =
        s(
            ok(
                "kayako_get_ticket",
                Map.of(
                    "ticket_id",
                    t.displayId(),
                    "include",
                    List.of("posts", "notes", "custom_fields", "attachments", "time"))));
    assertThat(list(m, "posts")).hasSize(truth.posts.get(t.id()).size());
    assertThat(list(m, "notes")).hasSize(truth.ticketNotes.get(t.id()).size());
    assertThat(list(m, "attachments")).hasSize(truth.attachmentsOf(t.id()).size());
    assertThat(list(m, "custom_fields")).hasSize(truth.customFieldValues.get(t.id()).size());
    assertThat(list(map(m, "time_tracking"), "entries"))
        .hasSize(truth.timeTracks.get(t.id()).size());

    Map<String, Object> commaList =
        s(ok("kayako_get_ticket", Map.of("ticket_id", t.id(), "include", "notes,time")));
    assertThat(commaList).containsKeys("notes", "time_tracking").doesNotContainKeys("posts");
    Map<String, Object> full =
        s(ok("kayako_get_ticket", Map.of("ticket_id", t.id(), "detail", "full")));
    assertThat(full)
        .containsKeys("posts", "notes", "custom_fields", "attachments", "time_tracking");
    Map<String, Object> summary =
        s(ok("kayako_get_ticket", Map.of("ticket_id", t.id(), "detail", "summary")));
    assertThat(map(summary, "ticket")).doesNotContainKey("watchers").containsKey("status");
    Map<String, Object> legacy =
        s(ok("kayako_get_ticket", Map.of("ticket_id", t.id(), "include_posts", true)));
    assertThat(list(legacy, "posts")).hasSize(truth.posts.get(t.id()).size());

    CallToolResult bad =
        mcp.call("kayako_get_ticket", Map.of("ticket_id", t.id(), "include", "everything"));
    assertThat(bad.isError()).isTrue();
    assertThat(McpSession.text(bad)).contains("posts, notes, custom_fields, attachments, time");
  }

  @Test
  void theBudgetDropsWholePostsFirstAndSaysHowToGetTheRest() throws Exception {
    int id = EmulatorWrites.createTicketWithLongConversation(emulator, 12, 4_000);
    CallToolResult r =
        ok("kayako_get_ticket", Map.of("ticket_id", id, "include", "posts,notes,time"));
    Map<String, Object> m = s(r);
    int shown = num(m.get("posts_shown"));
    assertThat(shown).isLessThan(num(m.get("post_count"))).isPositive();
    assertThat(m).containsKeys("notes", "time_tracking");
    assertThat(McpSession.text(r))
        .contains("kayako_get_ticket_posts")
        .contains("\"offset\":" + shown);
  }

  // ---- folding and fencing ----

  private Ticket ticketWithPost(Predicate<Post> p) {
    return ticket(t -> truth.posts.getOrDefault(t.id(), List.of()).stream().anyMatch(p));
  }

  @Test
  void quotedRepliesAreFoldedUnlessAskedFor() {
    Predicate<Post> quotes = p -> !p.html() && p.contents().contains(" wrote:\n> ");
    Ticket t = ticketWithPost(quotes);
    Post post = truth.posts.get(t.id()).stream().filter(quotes).findFirst().orElseThrow();
    String quotedLine =
        post.contents()
            .lines()
            .filter(l -> l.startsWith("> ") && l.length() > 12)
            .findFirst()
            .orElseThrow();
    Map<String, Object> folded =
        list(s(ok("kayako_get_ticket_posts", Map.of("ticket_id", t.id()))), "posts").stream()
            .filter(p -> num(p.get("id")) == post.id())
            .findFirst()
            .orElseThrow();
    assertThat((String) folded.get("body"))
        .contains("[quoted earlier reply folded: ")
        .doesNotContain(quotedLine);
    assertThat(num(folded.get("quoted_lines_folded"))).isPositive();

    Map<String, Object> kept =
        list(
                s(
                    ok(
                        "kayako_get_ticket_posts",
                        Map.of("ticket_id", t.id(), "include_quoted", true))),
                "posts")
            .stream()
            .filter(p -> num(p.get("id")) == post.id())
            .findFirst()
            .orElseThrow();
    assertThat((String) kept.get("body")).contains(quotedLine).doesNotContain("folded:");
  }

  @Test
  void htmlBlockquotesAndStaffSignaturesAreFoldedToo() {
    Predicate<Post> htmlQuote = p -> p.html() && p.contents().contains("<blockquote");
    Ticket t = ticketWithPost(htmlQuote);
    Post post = truth.posts.get(t.id()).stream().filter(htmlQuote).findFirst().orElseThrow();
    Map<String, Object> shown =
        list(s(ok("kayako_get_ticket_posts", Map.of("ticket_id", t.id()))), "posts").stream()
            .filter(p -> num(p.get("id")) == post.id())
            .findFirst()
            .orElseThrow();
    assertThat((String) shown.get("body")).contains("[quoted earlier reply folded: ");

    Predicate<Post> signed =
        p ->
            p.creator() == PostCreator.STAFF && !p.html() && p.contents().contains("Kind regards,");
    Ticket st = ticketWithPost(signed);
    Post sp = truth.posts.get(st.id()).stream().filter(signed).findFirst().orElseThrow();
    Map<String, Object> staffPost =
        list(s(ok("kayako_get_ticket_posts", Map.of("ticket_id", st.id()))), "posts").stream()
            .filter(p -> num(p.get("id")) == sp.id())
            .findFirst()
            .orElseThrow();
    assertThat((String) staffPost.get("body"))
        .contains("[signature folded: ")
        .doesNotContain("Kind regards,");
  }

  @Test
  void customerPostsAreFencedAndStaffPostsAreNot() {
    Ticket t =
        ticket(
            x -> {
              List<Post> ps = truth.posts.getOrDefault(x.id(), List.of());
              return ps.stream().anyMatch(p -> p.creator() == PostCreator.STAFF)
                  && ps.stream().anyMatch(p -> p.creator() == PostCreator.USER);
            });
    CallToolResult r = ok("kayako_get_ticket_posts", Map.of("ticket_id", t.id()));
    for (Map<String, Object> p : list(s(r), "posts")) {
      assertThat(p.get("untrusted")).isEqualTo(!"staff".equals(p.get("role")));
    }
    String md = McpSession.text(r);
    assertThat(md).contains("<untrusted-customer-content>");
    int customers =
        (int)
            truth.posts.get(t.id()).stream().filter(p -> p.creator() != PostCreator.STAFF).count();
    assertThat(md.split("<untrusted-customer-content>", -1)).hasSize(customers + 1);
  }

  // ---- time windows ----

  private List<Ticket> byLastActivityDesc() {
    return truth.tickets.values().stream()
        .filter(this::inTicketDepartment)
        .sorted(Comparator.comparingLong(Ticket::lastActivity).reversed())
        .toList();
  }

  private Set<Integer> listed(Map<String, Object> args) {
    Set<Integer> ids = new HashSet<>();
    int offset = 0;
    while (true) {
      Map<String, Object> a = new java.util.HashMap<>(args);
      a.put("offset", offset);
      a.put("limit", 100);
      Map<String, Object> m = s(ok("kayako_list_tickets", a));
      list(m, "tickets").forEach(x -> ids.add(num(x.get("id"))));
      Map<String, Object> paging = map(m, "paging");
      if (!(Boolean) paging.get("has_more")) {
        return ids;
      }
      offset = num(paging.get("next_offset"));
    }
  }

  @Test
  void updatedSinceAndBeforeAreExactAtTheirBoundaries() {
    List<Ticket> sorted = byLastActivityDesc();
    Ticket edge = sorted.get(20);
    long at = edge.lastActivity();
    Set<Integer> since = listed(Map.of("updated_since", Times.iso(at)));
    assertThat(since)
        .isEqualTo(
            sorted.stream()
                .filter(t -> t.lastActivity() >= at)
                .map(Ticket::id)
                .collect(Collectors.toSet()))
        .contains(edge.id());
    assertThat(listed(Map.of("updated_since", Times.iso(at + 1)))).doesNotContain(edge.id());
    assertThat(listed(Map.of("updated_before", Times.iso(at + 1), "updated_since", Times.iso(at))))
        .contains(edge.id());
    assertThat(
            listed(
                Map.of("updated_before", Times.iso(at), "updated_since", Times.iso(at - 86_400))))
        .doesNotContain(edge.id());

    Map<String, Object> page =
        s(ok("kayako_list_tickets", Map.of("updated_since", Times.iso(at), "limit", 5)));
    assertThat(num(map(page, "paging").get("total"))).isEqualTo(since.size());
    assertThat(map(page, "paging").get("has_more")).isEqualTo(true);
    assertThat(page.get("server_time")).isNotNull();
  }

  @Test
  void createdWindowsAndWideWindowsReportHonestTotals() {
    List<Ticket> byCreated =
        truth.tickets.values().stream()
            .filter(this::inTicketDepartment)
            .sorted(Comparator.comparingLong(Ticket::creationTime).reversed())
            .toList();
    Ticket edge = byCreated.get(10);
    long at = edge.creationTime();
    Set<Integer> since = listed(Map.of("created_since", Times.iso(at)));
    assertThat(since)
        .isEqualTo(
            byCreated.stream()
                .filter(t -> t.creationTime() >= at)
                .map(Ticket::id)
                .collect(Collectors.toSet()));
    assertThat(
            listed(
                Map.of(
                    "created_before", Times.iso(at), "created_since", Times.iso(at - 7 * 86_400))))
        .doesNotContain(edge.id());

    long updatedBefore = byLastActivityDesc().get(5).lastActivity();
    long createdFloor = at - 60 * 86_400L;
    Set<Integer> combined =
        listed(
            Map.of(
                "updated_before", Times.iso(updatedBefore),
                "created_since", Times.iso(createdFloor)));
    assertThat(combined)
        .isNotEmpty()
        .isEqualTo(
            byCreated.stream()
                .filter(t -> t.lastActivity() < updatedBefore && t.creationTime() >= createdFloor)
                .map(Ticket::id)
                .collect(Collectors.toSet()));

    Map<String, Object> wide =
        s(ok("kayako_list_tickets", Map.of("updated_since", "3650d", "limit", 5)));
    assertThat(map(wide, "paging").get("total")).isNull();
    assertThat(num(wide.get("total_at_least"))).isGreaterThan(5);
    assertThat(map(wide, "paging").get("has_more")).isEqualTo(true);

    assertThat(
            McpSession.text(
                ok("kayako_list_tickets", Map.of("updated_since", "3650d", "limit", 5))))
        .as("the next page's arguments pin the relative age to an instant")
        .containsPattern("\"updated_since\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\"");

    CallToolResult conflicting =
        mcp.call(
            "kayako_list_tickets", Map.of("updated_since", "7d", "sort_field", "totalreplies"));
    assertThat(conflicting.isError()).isTrue();
    assertThat(McpSession.text(conflicting)).contains("omit sort_field");
  }

  /** Every hit of a search (all pages), as last-activity times. */
  private List<String> searchTimes(Map<String, Object> args) {
    List<String> times = new java.util.ArrayList<>();
    int offset = 0;
    while (true) {
      Map<String, Object> a = new java.util.HashMap<>(args);
      a.put("offset", offset);
      a.put("limit", 10);
      Map<String, Object> m = s(ok("kayako_search_tickets", a));
      list(m, "tickets").forEach(x -> times.add((String) x.get("last_activity_at")));
      Map<String, Object> paging = map(m, "paging");
      if (!(Boolean) paging.get("has_more")) {
        return times;
      }
      offset = num(paging.get("next_offset"));
    }
  }

  @Test
  void searchResultsAreFilteredByTheWindow() {
    List<String> all = searchTimes(Map.of("query", "password"));
    assertThat(all.size()).isGreaterThan(3);
    String boundary = all.get(all.size() / 2);
    long atOrAfter = all.stream().filter(t -> t.compareTo(boundary) >= 0).count();
    List<String> since = searchTimes(Map.of("query", "password", "updated_since", boundary));
    assertThat(since).hasSize((int) atOrAfter).contains(boundary);
    assertThat(since).allMatch(t -> t.compareTo(boundary) >= 0);
    List<String> before = searchTimes(Map.of("query", "password", "updated_before", boundary));
    assertThat(before).hasSize(all.size() - (int) atOrAfter).doesNotContain(boundary);
    Map<String, Object> one =
        s(ok("kayako_search_tickets", Map.of("query", "password", "updated_since", "1h")));
    assertThat(one.get("server_time")).isNotNull();
    assertThat(map(one, "time_window").get("updated_since")).isNotNull();
  }

  // ---- instructions ----

  @Test
  void theInstructionsNameDepartmentsAndStatusesWithIds() {
    String instructions = mcp.client().getServerInstructions();
    assertThat(instructions.length()).isLessThanOrEqualTo(1_500);
    assertThat(instructions).contains("untrusted-customer-content");
    truth.departments.values().stream()
        .filter(Department::isTicketDepartment)
        .forEach(d -> assertThat(instructions).contains(d.id() + " " + d.title()));
    assertThat(instructions).contains(truth.statuses.firstEntry().getValue().title());
  }
}
