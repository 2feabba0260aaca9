package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.PostView;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Post;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_ticket}: one ticket by numeric or display id, optionally with its posts. */
public final class GetTicketTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket",
          "Get a ticket",
          "Get one ticket by numeric id (1042) or display id (QXV-418-20573): department, status,"
              + " priority, type and owner by name, customer, times, replies, tags. Set"
              + " include_posts=true to add the conversation (or use kayako_get_ticket_posts).",
          Schema.object()
              .string(
                  "ticket_id",
                  "Numeric ticket id or display id, e.g. \"1042\" or \"QXV-418-20573\".")
              .bool("include_posts", "Also return the conversation, oldest first.", false)
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
    boolean includePosts = args.bool("include_posts", false);
    ResponseFormat format = args.format();
    Conversation conversation = Conversation.load(context, ticketId, includePosts);
    Directory directory = context.directory();
    TicketView view = new TicketView(directory, context.times());
    PostView posts = new PostView(context.times());
    List<Post> all = includePosts ? conversation.posts() : List.of();
    return Budgeted.render(
        format,
        all.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb = new StringBuilder(view.detailMarkdown(conversation.ticket()));
            if (!includePosts) {
              sb.append("\n")
                  .append(conversation.posts().size())
                  .append(
                      " posts; set include_posts=true or call kayako_get_ticket_posts to read"
                          + " them.\n");
              return sb.toString();
            }
            sb.append("\n## Conversation (").append(all.size()).append(" posts, oldest first)\n\n");
            for (Post p : all.subList(0, shown)) {
              sb.append(posts.markdown(p, conversation.filesOf(p))).append("\n");
            }
            if (shown < all.size()) {
              sb.append(Paging.morePosts(conversation.ticket().id(), shown, all.size()));
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ticket", view.detail(conversation.ticket()));
            m.put("post_count", conversation.posts().size());
            if (includePosts) {
              m.put(
                  "posts",
                  all.subList(0, shown).stream()
                      .map(p -> (Object) posts.structured(p, conversation.filesOf(p)))
                      .toList());
              m.put("posts_shown", shown);
            }
            return m;
          }
        });
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("ticket", OutputSchemas.ticketDetail());
    p.put("post_count", Schema.type("integer"));
    p.put("posts", Schema.arrayOf(OutputSchemas.post()));
    p.put("posts_shown", Schema.type("integer"));
    return OutputSchemas.object(p, List.of("ticket", "post_count"));
  }
}
