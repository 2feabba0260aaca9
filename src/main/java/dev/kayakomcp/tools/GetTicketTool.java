package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.AttachmentView;
import dev.kayakomcp.format.NoteView;
import dev.kayakomcp.format.PostView;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.format.TimeTrackView;
import dev.kayakomcp.format.Untrusted;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

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
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    String ticketId = args.requiredString("ticket_id");
    String detail = detail(args);
    Set<String> include = include(args, detail);
    boolean includeQuoted = args.bool("include_quoted", false);
    ResponseFormat format = args.format();
    int id = context.client().resolveTicketId(ticketId);
    Parallel parallel = context.parallel();
    Future<Ticket> ticketCall = parallel.start(() -> context.client().ticket(id));
    boolean wantFiles = include.contains("posts") || include.contains("attachments");
    Future<List<Attachment>> filesCall =
        wantFiles ? parallel.start(() -> context.client().attachments(id)) : null;
    Future<List<Note>> notesCall =
        include.contains("notes") ? parallel.start(() -> context.client().notes(id)) : null;
    Future<List<TimeTrack>> timeCall =
        include.contains("time") ? parallel.start(() -> context.client().timeTracks(id)) : null;
    TicketExtras.CustomFields fields =
        include.contains("custom_fields") ? TicketExtras.customFields(context, id) : null;
    Directory directory = context.directory();
    Ticket ticket = parallel.join(ticketCall);
    List<Attachment> files = filesCall == null ? List.of() : parallel.join(filesCall);
    List<Note> notes =
        notesCall == null
            ? List.of()
            : parallel.join(notesCall).stream()
                .sorted(Comparator.comparingLong(Note::creationDate).thenComparingInt(Note::id))
                .toList();
    List<TimeTrack> time = timeCall == null ? List.of() : parallel.join(timeCall);
    Conversation conversation = Conversation.of(ticket, files);
    TicketView view = new TicketView(directory, context.times());
    PostView posts =
        new PostView(context.times(), includeQuoted, GetTicketPostsTool.staffSignatures(context));
    NoteView noteView = new NoteView(directory, context.times());
    TimeTrackView timeView = new TimeTrackView(context.times());
    boolean withPosts = include.contains("posts");
    List<Post> all = withPosts ? conversation.posts() : List.of();
    return Budgeted.render(
        format,
        all.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb =
                new StringBuilder(
                    detail.equals("summary")
                        ? "# Ticket\n\n" + view.summaryMarkdown(ticket)
                        : view.detailMarkdown(ticket));
            if (fields != null) {
              sb.append("\n## Custom fields\n\n").append(fields.markdown());
            }
            if (include.contains("notes")) {
              sb.append("\n## Staff notes (").append(notes.size()).append(")\n\n");
              if (notes.isEmpty()) {
                sb.append("No staff notes.\n");
              }
              notes.forEach(n -> sb.append(noteView.markdown(n)).append('\n'));
            }
            if (include.contains("time")) {
              sb.append("\n## Time tracking\n\n");
              if (time.isEmpty()) {
                sb.append("No time tracked.\n");
              } else {
                sb.append(TimeTrackView.totalsMarkdown(time));
                time.forEach(e -> sb.append(timeView.markdown(e)));
              }
            }
            if (include.contains("attachments")) {
              sb.append("\n## Attachments (").append(files.size()).append(")\n\n");
              if (files.isEmpty()) {
                sb.append("No attachments.\n");
              }
              files.forEach(a -> sb.append(AttachmentView.markdown(a)));
              if (!files.isEmpty()) {
                sb.append("Read one with kayako_get_ticket_attachment.\n");
              }
            }
            if (!withPosts) {
              sb.append("\n")
                  .append(conversation.posts().size())
                  .append(
                      " posts; add include=posts or call kayako_get_ticket_posts to read"
                          + " them.\n");
              return sb.toString();
            }
            sb.append("\n## Conversation (").append(all.size()).append(" posts, oldest first)\n\n");
            for (Post p : all.subList(0, shown)) {
              sb.append(posts.markdown(p, conversation.filesOf(p))).append("\n");
            }
            if (shown < all.size()) {
              sb.append(Paging.morePosts(ticket.id(), shown, all.size()));
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ticket", detail.equals("summary") ? view.summary(ticket) : view.detail(ticket));
            m.put("detail", detail);
            m.put("included", new ArrayList<>(include));
            m.put("post_count", conversation.posts().size());
            if (withPosts) {
              m.put(
                  "posts",
                  all.subList(0, shown).stream()
                      .map(p -> (Object) posts.structured(p, conversation.filesOf(p)))
                      .toList());
              m.put("posts_shown", shown);
            }
            if (include.contains("notes")) {
              m.put("notes", notes.stream().map(n -> (Object) noteView.structured(n)).toList());
            }
            if (fields != null) {
              m.put("custom_fields", fields.structured());
            }
            if (include.contains("attachments")) {
              m.put(
                  "attachments",
                  files.stream().map(a -> (Object) AttachmentView.structured(a)).toList());
            }
            if (include.contains("time")) {
              Map<String, Object> t = new LinkedHashMap<>();
              t.put("totals", TimeTrackView.totals(time));
              t.put("entries", time.stream().map(e -> (Object) timeView.structured(e)).toList());
              m.put("time_tracking", t);
            }
            return m;
          }
        });
  }

  private static String detail(ToolArgs args) {
    String d = args.string("detail", "standard").toLowerCase(Locale.ROOT);
    if (!List.of("summary", "standard", "full").contains(d)) {
      throw new ToolArgumentException(
          "'detail' must be summary, standard or full, not '" + d + "'.");
    }
    return d;
  }

  /** The parts asked for: include (array or comma list), include_posts, or all for detail=full. */
  static Set<String> include(ToolArgs args, String detail) {
    Set<String> parts = new LinkedHashSet<>();
    for (String p : args.stringList("include")) {
      String part = p.strip().toLowerCase(Locale.ROOT).replace('-', '_');
      switch (part) {
        case "" -> {}
        case "custom_field", "customfields", "fields" -> parts.add("custom_fields");
        case "time_tracking", "timetracking", "time_tracks" -> parts.add("time");
        case "post", "conversation" -> parts.add("posts");
        case "note" -> parts.add("notes");
        case "attachment", "files" -> parts.add("attachments");
        default -> {
          if (!PARTS.contains(part)) {
            throw new ToolArgumentException(
                "'include' takes " + String.join(", ", PARTS) + "; not '" + p + "'.");
          }
          parts.add(part);
        }
      }
    }
    if (args.bool("include_posts", false)) {
      parts.add("posts");
    }
    if (detail.equals("full")) {
      parts.addAll(PARTS);
    }
    Set<String> ordered = new LinkedHashSet<>();
    PARTS.stream().filter(parts::contains).forEach(ordered::add);
    return ordered;
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> time = new LinkedHashMap<>();
    time.put("totals", OutputSchemas.timeTotals());
    time.put("entries", Schema.arrayOf(OutputSchemas.timeTrack()));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("ticket", OutputSchemas.ticketDetail());
    p.put("detail", Schema.type("string"));
    p.put("included", Schema.arrayOf(Schema.type("string")));
    p.put("post_count", Schema.type("integer"));
    p.put("posts", Schema.arrayOf(OutputSchemas.post()));
    p.put("posts_shown", Schema.type("integer"));
    p.put("notes", Schema.arrayOf(OutputSchemas.note()));
    p.put("custom_fields", Schema.arrayOf(OutputSchemas.customField()));
    p.put("attachments", Schema.arrayOf(OutputSchemas.attachment()));
    p.put("time_tracking", OutputSchemas.object(time, List.of("totals", "entries")));
    return OutputSchemas.object(p, List.of("ticket", "post_count"));
  }
}
