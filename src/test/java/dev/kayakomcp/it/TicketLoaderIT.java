package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.format.Untrusted;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one ticket loader seen through the tools: a merged ticket's old id gives the surviving ticket
 * with everything around it (and says so), the customer's user and organisation notes come with
 * kayako_get_ticket, and odd ids are argument errors. The emulator's helpdesk is the truth.
 */
@Timeout(180)
class TicketLoaderIT extends ToolsAgainstEmulator {

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key) {
    return (List<Object>) m.get(key);
  }

  private int size(Map<Integer, List<Note>> notes, int key) {
    return notes.getOrDefault(key, List.of()).size();
  }

  /** The merged (old) id whose surviving ticket has the most notes, time and files. */
  private int richestMergedId() {
    return truth.mergedTicketIds.keySet().stream()
        .filter(old -> truth.tickets.containsKey(truth.mergedTicketIds.get(old)))
        .max(
            Comparator.comparingInt(
                old -> {
                  int id = truth.mergedTicketIds.get(old);
                  return size(truth.ticketNotes, id)
                      + truth.timeTracks.getOrDefault(id, List.of()).size()
                      + (int)
                          truth.posts.getOrDefault(id, List.of()).stream()
                              .filter(Post::hasAttachments)
                              .count();
                }))
        .orElseThrow();
  }

  @Test
  void aMergedIdShowsTheSurvivingTicketWithEverythingAroundIt() {
    int old = richestMergedId();
    int survivor = truth.mergedTicketIds.get(old);
    Map<String, Object> viaOld =
        McpSession.structured(
            ok("kayako_get_ticket", Map.of("ticket_id", String.valueOf(old), "detail", "full")));
    Map<String, Object> viaNew =
        McpSession.structured(
            ok(
                "kayako_get_ticket",
                Map.of("ticket_id", String.valueOf(survivor), "detail", "full")));

    @SuppressWarnings("unchecked")
    Map<String, Object> ticket = (Map<String, Object>) viaOld.get("ticket");
    assertThat(((Number) ticket.get("id")).intValue()).isEqualTo(survivor);
    assertThat(list(viaOld, "notes")).hasSize(size(truth.ticketNotes, survivor));
    assertThat(list(viaOld, "posts")).hasSize(truth.posts.get(survivor).size());
    int files = truth.posts.get(survivor).stream().mapToInt(p -> p.attachments().size()).sum();
    assertThat(list(viaOld, "attachments")).hasSize(files);
    for (String part : List.of("notes", "posts", "attachments", "custom_fields")) {
      assertThat(list(viaOld, part)).as(part).isEqualTo(list(viaNew, part));
    }
    assertThat(viaOld.get("time_tracking")).isEqualTo(viaNew.get("time_tracking"));
    assertThat((String) viaOld.get("merge_notice"))
        .contains("#" + old)
        .contains("was merged into")
        .contains("#" + survivor);
    assertThat(viaNew.get("merge_notice")).isNull();
  }

  @Test
  void theSinglePartToolsFollowAMergedIdToo() {
    int old = richestMergedId();
    int survivor = truth.mergedTicketIds.get(old);
    for (String tool :
        List.of(
            "kayako_get_ticket_notes",
            "kayako_get_ticket_time_tracking",
            "kayako_list_ticket_attachments",
            "kayako_get_ticket_custom_fields",
            "kayako_get_ticket_posts")) {
      Map<String, Object> viaOld =
          McpSession.structured(ok(tool, Map.of("ticket_id", String.valueOf(old))));
      Map<String, Object> viaNew =
          McpSession.structured(ok(tool, Map.of("ticket_id", String.valueOf(survivor))));
      assertThat(((Number) viaOld.get("ticket_id")).intValue()).as(tool).isEqualTo(survivor);
      viaOld.remove("display_id");
      viaNew.remove("display_id");
      assertThat(viaOld).as(tool).isEqualTo(viaNew);
      assertThat(McpSession.text(ok(tool, Map.of("ticket_id", String.valueOf(old)))))
          .as(tool)
          .contains("was merged into");
    }
  }

  @Test
  void getTicketShowsTheCustomersUserAndOrganisationNotesFenced() {
    Ticket t =
        truth.tickets.values().stream()
            .filter(
                x ->
                    !truth.userNotes.getOrDefault(x.userId(), List.of()).isEmpty()
                        && !truth
                            .organizationNotes
                            .getOrDefault(x.userOrganizationId(), List.of())
                            .isEmpty())
            .findFirst()
            .orElseThrow();
    Note user = truth.userNotes.get(t.userId()).get(0);
    Note org = truth.organizationNotes.get(t.userOrganizationId()).get(0);

    CallToolResult r = ok("kayako_get_ticket", Map.of("ticket_id", t.displayId()));
    String text = McpSession.text(r);
    int open = text.indexOf(Untrusted.OPEN, text.indexOf("About the customer"));
    int close = text.indexOf(Untrusted.CLOSE, open);
    assertThat(open).isPositive();
    String fenced = text.substring(open, close);
    assertThat(fenced).contains(user.contents().strip()).contains(org.contents().strip());

    List<Object> notes = list(McpSession.structured(r), "customer_notes");
    assertThat(notes)
        .hasSize(
            truth.userNotes.get(t.userId()).size()
                + truth.organizationNotes.get(t.userOrganizationId()).size());
    assertThat(notes).allSatisfy(n -> assertThat(((Map<?, ?>) n).get("untrusted")).isEqualTo(true));
  }

  @Test
  void oddTicketIdsAreArgumentErrorsThatSayWhatAnIdIs() {
    for (String tool :
        List.of(
            "kayako_get_ticket",
            "kayako_get_ticket_posts",
            "kayako_get_ticket_notes",
            "kayako_get_ticket_time_tracking",
            "kayako_list_ticket_attachments",
            "kayako_get_ticket_custom_fields")) {
      for (String odd : List.of("pat@example.com", "0", "12 34", "-5", "QXV/418")) {
        CallToolResult r = mcp.call(tool, Map.of("ticket_id", odd));
        assertThat(r.isError()).as("%s %s", tool, odd).isTrue();
        assertThat(McpSession.text(r))
            .as("%s %s", tool, odd)
            .contains("numeric id (e.g. 1042) or display id (e.g. QXV-418-20573)")
            .doesNotContainIgnoringCase("internal error");
      }
    }
    CallToolResult mail = mcp.call("kayako_get_ticket", Map.of("ticket_id", "pat@example.com"));
    assertThat(McpSession.text(mail)).contains("search_user_email=true");
    CallToolResult att =
        mcp.call("kayako_get_ticket_attachment", Map.of("ticket_id", "1", "attachment_id", "x"));
    assertThat(att.isError()).isTrue();
    assertThat(McpSession.text(att)).contains("attachment_id");
  }

  @Test
  void everySectionOfGetTicketSharesTheAnswerBudget() throws Exception {
    int id = EmulatorWrites.createTicketWithLongConversation(emulator, 3, 2_000);
    EmulatorWrites.addNotes(emulator, id, 40, 1_500);
    for (String format : List.of("markdown", "json")) {
      CallToolResult r =
          ok(
              "kayako_get_ticket",
              Map.of(
                  "ticket_id",
                  String.valueOf(id),
                  "include",
                  "notes,posts",
                  "response_format",
                  format));
      String text = McpSession.text(r);
      assertThat(text.length()).as(format).isLessThanOrEqualTo(25_000);
      Map<String, Object> s = McpSession.structured(r);
      assertThat(list(s, "notes")).as(format).hasSizeLessThan(40);
      assertThat(list(s, "posts")).as(format).isEmpty();
      assertThat(s.get("cut_by_size")).isEqualTo(true);
      if (format.equals("markdown")) {
        assertThat(text)
            .contains("of 40 notes (the rest did not fit in one answer)")
            .contains("kayako_get_ticket_notes");
      }
    }
  }
}
