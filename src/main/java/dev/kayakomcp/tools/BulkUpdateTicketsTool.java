package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kayako_bulk_update_tickets}: one change (status, priority, owner, department, type and an
 * optional staff note) for up to 100 tickets, chosen by id or by the filters of {@code
 * kayako_list_tickets} with the count the caller expects. The whole batch is previewed, confirmed
 * once, then sent a few tickets at a time; the answer has one row per ticket.
 */
public final class BulkUpdateTicketsTool implements KayakoTool {

  static final String NAME = "kayako_bulk_update_tickets";

  private static final ToolDefinition DEFINITION =
      new ToolDefinition(
          NAME,
          "Update many tickets",
          "Change status, priority, owner, department and/or type of up to 100 tickets (names or"
              + " ids, as in kayako_update_ticket), optionally adding one private staff note to"
              + " each. Tickets by ticket_ids, or by kayako_list_tickets filters plus expected_count"
              + " (the total you listed; another count sends nothing). dry_run=true shows each"
              + " ticket's current and new values. Needs the user's confirmation (asked in the"
              + " client, or confirm=true after they agreed). One row per ticket: changed,"
              + " unchanged (what Kayako ignored), failed (why) or unknown (what to check).",
          TicketFilter.addTo(
                  WriteDefinitions.common(
                      Schema.object()
                          .prop(
                              "ticket_ids",
                              Schema.ordered(
                                  "type",
                                  List.of("array", "string"),
                                  "items",
                                  Schema.ordered("type", List.of("string", "integer")),
                                  "description",
                                  "Numeric or display ids (array or comma list), at most 100."))
                          .integer(
                              "expected_count",
                              "With filters: how many tickets you expect them to match.")
                          .string("status", "New status, by name or id.")
                          .string("priority", "New priority, by name or id.")
                          .string(
                              "owner",
                              "New owner: staff name, username, e-mail or id; \"unassigned\".")
                          .string("department", "New department, by name or id.")
                          .string("type", "New ticket type, by name or id.")
                          .string("note", "A private staff note to add to each ticket changed.")
                          .bool("confirm", "The user has approved this batch.", false)
                          .apply(
                              s ->
                                  WriteDefinitions.allowDuplicate(
                                      s, "the same note was added to a ticket"))))
              .build(),
          BulkAnswer.outputSchema(),
          false,
          true,
          // Not idempotent: each call adds its note again.
          false,
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Directory directory = context.directory();
    BulkRequest request = BulkRequest.parse(args, directory, context.clock());
    String headlineChanges = request.changes().describe();
    BulkSelection.Chosen chosen = BulkSelection.choose(request, context, directory);
    if (chosen.refusal() != null) {
      return BulkAnswer.render(
              "refused",
              "Bulk update refused: " + headlineChanges,
              chosen.description(),
              List.of(),
              List.of(chosen.refusal()),
              request.options().format())
          .asError();
    }
    List<Ticket> tickets = chosen.tickets();
    String selection = chosen.description();
    List<BulkItem> items = new ArrayList<>();
    tickets.forEach(t -> items.add(BulkItem.plan(t, request.changes(), directory)));
    String headline =
        "Bulk update of "
            + items.size()
            + (items.size() == 1 ? " ticket: " : " tickets: ")
            + headlineChanges;

    WriteAnswer gate = new WriteAnswer(NAME);
    String question =
        "Change "
            + items.size()
            + " tickets ("
            + String.join(", ", items.stream().limit(10).map(i -> i.before().displayId()).toList())
            + (items.size() > 10 ? ", …" : "")
            + "): "
            + headlineChanges
            + (request.note() == null ? "" : ", with a staff note on each")
            + "?";
    if (!WriteGate.proceed(request.options(), context, gate, question)) {
      return planned(request, gate.status(), headline, selection, items, context);
    }
    List<BulkOutcome> outcomes =
        new BulkSender(context, directory, NAME)
            .sendAll(items, request.note(), request.options().allowDuplicate());
    List<String> notes = new ArrayList<>();
    if (!request.options().confirm()) {
      notes.add("The user confirmed this batch in the client.");
    }
    if (outcomes.stream().anyMatch(o -> o.result() == BulkOutcome.Result.UNKNOWN)) {
      notes.add(
          "Tickets marked unknown may still change: read them with kayako_get_ticket before"
              + " sending anything again.");
    }
    return BulkAnswer.render(
        "done", headline, selection, outcomes, notes, request.options().format());
  }

  private static ToolResult planned(
      BulkRequest request,
      WriteAnswer.Status status,
      String headline,
      String selection,
      List<BulkItem> items,
      ToolContext context) {
    List<BulkOutcome> outcomes = new ArrayList<>();
    for (BulkItem item : items) {
      BulkOutcome o =
          item.problem() != null
              ? new BulkOutcome(item, BulkOutcome.Result.FAILED, item.problem(), null)
              : new BulkOutcome(
                  item,
                  BulkOutcome.Result.PLANNED,
                  item.fields().isEmpty()
                      ? "already has these values: nothing to send"
                      : "would send",
                  request.note() == null ? null : "would add");
      outcomes.add(o);
      Map<String, String> audited = new LinkedHashMap<>(item.fields());
      if (request.note() != null) {
        audited.put("note", request.note());
      }
      context.writes().audit().record(NAME, item.before().displayId(), audited, status.word);
    }
    String note =
        switch (status) {
          case DRY_RUN -> "Dry run: nothing was sent to Kayako.";
          case DECLINED -> "The user declined in the client: nothing was sent.";
          default ->
              "Nothing was sent yet. Show the user this table; once they agree, call this tool"
                  + " again with the same arguments and confirm=true.";
        };
    return BulkAnswer.render(
        status.word, headline, selection, outcomes, List.of(note), request.options().format());
  }
}
