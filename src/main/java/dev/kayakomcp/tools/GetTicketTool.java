package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.NoteView;
import dev.kayakomcp.format.PostView;
import dev.kayakomcp.format.TicketAnswer;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.format.TimeTrackView;
import dev.kayakomcp.format.Untrusted;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kayako_get_ticket}: one ticket by numeric or display id and, on request, everything around
 * it (posts, staff notes, custom fields, attachments, time tracking) in one answer; the extra
 * Kayako calls run side by side.
 */
public final class GetTicketTool implements KayakoTool {

  static final List<String> PARTS =
      List.of("posts", "notes", "custom_fields", "attachments", "time");

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket",
          "Get a ticket",
          "Get one ticket by numeric id (1042) or display id (QXV-418-20573): department, status,"
              + " priority, type and owner by name, customer, times, replies, tags. include adds"
              + " posts, notes, custom_fields, attachments and/or time (tracking) in the same"
              + " answer; detail=full includes them all. Quoted earlier replies and signatures in"
              + " posts are folded unless include_quoted=true. "
              + Untrusted.NOTICE,
          Schema.object()
              .string(
                  "ticket_id",
                  "Numeric ticket id or display id, e.g. \"1042\" or \"QXV-418-20573\".")
              .prop(
                  "include",
                  Schema.ordered(
                      "type",
                      List.of("array", "string"),
                      "items",
                      Schema.ordered("type", "string", "enum", PARTS),
                      "description",
                      "What to add: posts, notes, custom_fields, attachments, time — an array or a"
                          + " comma list, e.g. \"posts,notes\"."))
              .enumeration(
                  "detail",
                  "summary (key fields), standard (default: all ticket fields) or full (all"
                      + " fields plus everything include can add).",
                  List.of("summary", "standard", "full"),
                  "standard")
              .bool("include_posts", "Same as include=posts (kept for older callers).", false)
              .bool(
                  "include_quoted",
                  "Keep quoted earlier replies and signatures in posts instead of folding them.",
                  false)
              .responseFormat()
              .required("ticket_id")
              .build(),
          outputSchema(),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext ctx) throws KayakoApiException {
    GetTicketRequest request = GetTicketRequest.parse(args);
    LoadedTicket t = ctx.tickets().load(request.ticket(), request.parts());
    Directory directory = ctx.directory();
    Set<String> include = request.include();
    List<Note> customerNotes = new ArrayList<>(t.userNotes());
    customerNotes.addAll(t.organizationNotes());
    TicketAnswer answer =
        new TicketAnswer(
            new TicketAnswer.Content(
                t.ticket(),
                t.mergeNotice(),
                request.detail(),
                include,
                customerNotes,
                include.contains("custom_fields") ? t.customFields() : null,
                include.contains("notes") ? t.ticketNotes() : List.of(),
                include.contains("time") ? t.timeTracks() : List.of(),
                include.contains("attachments") ? t.attachments() : List.of(),
                t.posts(),
                t.conversation()::filesOf),
            new TicketView(directory, ctx.times()),
            new NoteView(directory, ctx.times()),
            new TimeTrackView(ctx.times()),
            new PostView(
                ctx.times(), request.includeQuoted(), GetTicketPostsTool.staffSignatures(ctx)));
    return Budgeted.render(request.format(), answer.items(), answer::markdown, answer::structured);
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> time = new LinkedHashMap<>();
    time.put("totals", OutputSchemas.timeTotals());
    time.put("entries", Schema.arrayOf(OutputSchemas.timeTrack()));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("ticket", OutputSchemas.ticketDetail());
    p.put("detail", Schema.type("string"));
    p.put("included", Schema.arrayOf(Schema.type("string")));
    p.put("merge_notice", Schema.nullable("string"));
    p.put("post_count", Schema.type("integer"));
    p.put("customer_notes", Schema.arrayOf(OutputSchemas.note()));
    p.put("posts", Schema.arrayOf(OutputSchemas.post()));
    p.put("posts_shown", Schema.type("integer"));
    p.put("notes", Schema.arrayOf(OutputSchemas.note()));
    p.put("custom_fields", Schema.arrayOf(OutputSchemas.customField()));
    p.put("attachments", Schema.arrayOf(OutputSchemas.attachment()));
    p.put("time_tracking", OutputSchemas.object(time, List.of("totals", "entries")));
    p.put("cut_by_size", Schema.type("boolean"));
    return OutputSchemas.object(p, List.of("ticket", "post_count"));
  }
}
