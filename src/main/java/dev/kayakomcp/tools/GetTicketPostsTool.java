package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.Paging;
import dev.kayakomcp.format.PostView;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.model.Post;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_ticket_posts}: a ticket's conversation, oldest first. */
public final class GetTicketPostsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_posts",
          "Get a ticket's conversation",
          "Get a ticket's posts in chronological order: author and role (staff, customer, cc, bcc,"
              + " third party), time, private flag, body as Markdown, attachments by name, type and"
              + " size. Quoted earlier replies and signatures are folded unless include_quoted=true."
              + " Long conversations come in parts: pass offset to continue. "
              + dev.kayakomcp.format.Untrusted.NOTICE,
          Schema.object()
              .string(
                  "ticket_id",
                  "Numeric ticket id or display id, e.g. \"1042\" or \"QXV-418-20573\".")
              .integer(
                  "offset", "Index of the first post to return (0 = the oldest).", 0, 10_000, 0)
              .integer("limit", "How many posts at most.", 1, 200, 100)
              .bool(
                  "include_quoted",
                  "Keep quoted earlier replies and signatures instead of folding them.",
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
    // Every argument is checked before Kayako is asked anything.
    TicketRef ref = context.tickets().ref(args);
    int offset = args.intInRange("offset", 0, 0, 10_000);
    int limit = args.intInRange("limit", 100, 1, 200);
    boolean includeQuoted = args.bool("include_quoted", false);
    ResponseFormat format = args.format();
    LoadedTicket loaded = context.tickets().load(ref, TicketParts.CONVERSATION);
    Conversation conversation = loaded.conversation();
    PostView view = new PostView(context.times(), includeQuoted, staffSignatures(context));
    List<Post> all = conversation.posts();
    List<Post> window =
        all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    String title = TicketView.title(conversation.ticket());
    return Budgeted.render(
        format,
        window.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb =
                new StringBuilder("# Conversation of ticket ")
                    .append(title)
                    .append("\n\n")
                    .append(loaded.mergeNotice());
            if (all.isEmpty()) {
              return sb.append("This ticket has no posts.\n").toString();
            }
            if (window.isEmpty()) {
              return sb.append("No posts at offset ")
                  .append(offset)
                  .append(": the ticket has ")
                  .append(all.size())
                  .append(" posts (offsets 0 to ")
                  .append(all.size() - 1)
                  .append(").\n")
                  .toString();
            }
            sb.append("Posts ")
                .append(offset + 1)
                .append("–")
                .append(offset + shown)
                .append(" of ")
                .append(all.size())
                .append(", oldest first.\n\n");
            for (Post p : window.subList(0, shown)) {
              sb.append(view.markdown(p, conversation.filesOf(p))).append("\n");
            }
            if (offset + shown < all.size()) {
              sb.append(Paging.morePosts(conversation.ticket().id(), offset + shown, all.size()));
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ticket_id", conversation.ticket().id());
            m.put("display_id", conversation.ticket().displayId());
            m.put("subject", conversation.ticket().subject());
            m.put("total_posts", all.size());
            m.put("offset", offset);
            m.put(
                "posts",
                window.subList(0, shown).stream()
                    .map(p -> (Object) view.structured(p, conversation.filesOf(p)))
                    .toList());
            boolean more = offset + shown < all.size();
            m.put("has_more", more);
            m.put("next_offset", more ? offset + shown : null);
            return m;
          }
        });
  }

  /** Staff signatures by staff id (the staff list is a cached lookup), to fold them in posts. */
  static Map<Integer, String> staffSignatures(ToolContext context) throws KayakoApiException {
    Map<Integer, String> signatures = new java.util.HashMap<>();
    for (dev.kayakomcp.model.Staff s : context.client().staff()) {
      if (s.signature() != null && !s.signature().isBlank()) {
        signatures.put(s.id(), s.signature());
      }
    }
    return signatures;
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("ticket_id", Schema.type("integer"));
    p.put("display_id", Schema.type("string"));
    p.put("subject", Schema.type("string"));
    p.put("total_posts", Schema.type("integer"));
    p.put("offset", Schema.type("integer"));
    p.put("posts", Schema.arrayOf(OutputSchemas.post()));
    p.put("has_more", Schema.type("boolean"));
    p.put("next_offset", Schema.nullable("integer"));
    return OutputSchemas.object(p, List.of("ticket_id", "total_posts", "posts", "has_more"));
  }
}
