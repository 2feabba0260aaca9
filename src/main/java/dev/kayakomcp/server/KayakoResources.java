package dev.kayakomcp.server;

import dev.kayakomcp.client.CallDeadline;
import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.QueueView;
import dev.kayakomcp.format.TicketView;
import dev.kayakomcp.live.Queue;
import dev.kayakomcp.live.QueueReader;
import dev.kayakomcp.live.Watch;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.tools.KayakoTool;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolInvoker;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The helpdesk as MCP resources: the lookup tables, any ticket or its conversation, and the queues
 * (tickets needing attention, a department's unresolved tickets), as Markdown. Tickets and lookups
 * are the Markdown answer of the matching tool, so resources and tools read the same. They do not
 * depend on the tool filters: every resource is read-only. Tickets and queues can be subscribed to
 * (see {@link dev.kayakomcp.live.LivePoller}).
 */
final class KayakoResources {

  static final String DEPARTMENTS = "kayako://departments";
  static final String STATUSES = "kayako://statuses";
  static final String TICKET = "kayako://tickets/{ticket_id}";
  static final String TICKET_POSTS = "kayako://tickets/{ticket_id}/posts";
  static final String NEEDS_ATTENTION = Queue.NeedsAttention.URI;
  static final String DEPARTMENT_UNRESOLVED = Queue.Unresolved.TEMPLATE;

  /** Tickets a queue resource shows. */
  static final int QUEUE_LIMIT = 50;

  private static final String MARKDOWN = "text/markdown";
  private static final Pattern TICKET_URI =
      Pattern.compile("kayako://tickets/([^/?#]+)(/posts)?/?");

  private final ToolContext context;

  KayakoResources(ToolContext context) {
    this.context = context;
  }

  List<Resource> resources() {
    return List.of(
        Resource.builder()
            .uri(DEPARTMENTS)
            .name("departments")
            .title("Departments")
            .description("Every department with its id, type and module, as the filters take it.")
            .mimeType(MARKDOWN)
            .build(),
        Resource.builder()
            .uri(STATUSES)
            .name("statuses")
            .title("Ticket statuses")
            .description("Every ticket status with its id, department and whether it resolves.")
            .mimeType(MARKDOWN)
            .build(),
        Resource.builder()
            .uri(NEEDS_ATTENTION)
            .name("needs-attention")
            .title("Tickets needing attention")
            .description(
                "Unresolved tickets that need a staff member (customer waiting, overdue,"
                    + " escalated, urgent without owner), most urgent first, as"
                    + " kayako_needs_attention ranks them. Subscribe to hear when it changes.")
            .mimeType(MARKDOWN)
            .build());
  }

  List<ResourceTemplate> templates() {
    return List.of(
        ResourceTemplate.builder()
            .uriTemplate(TICKET)
            .name("ticket")
            .title("Ticket")
            .description(
                "One ticket's properties: ticket_id is the numeric id (1042) or the display id"
                    + " (QXV-418-20573). Subscribe to hear when it changes (a reply, a note,"
                    + " a new status or owner).")
            .mimeType(MARKDOWN)
            .build(),
        ResourceTemplate.builder()
            .uriTemplate(TICKET_POSTS)
            .name("ticket-posts")
            .title("Ticket conversation")
            .description("One ticket's conversation, oldest post first.")
            .mimeType(MARKDOWN)
            .build(),
        ResourceTemplate.builder()
            .uriTemplate(DEPARTMENT_UNRESOLVED)
            .name("department-unresolved")
            .title("A department's unresolved tickets")
            .description(
                "One department's unresolved tickets, newest activity first (department ids from"
                    + " kayako://departments). Subscribe to hear when it changes.")
            .mimeType(MARKDOWN)
            .build());
  }

  /** Reads one resource; an unknown URI or ticket is a resource-not-found error. */
  ReadResourceResult read(String uri) {
    if (DEPARTMENTS.equals(uri)) {
      return answer(uri, "kayako_get_departments", Map.of());
    }
    if (STATUSES.equals(uri)) {
      return answer(uri, "kayako_get_ticket_statuses", Map.of());
    }
    var watch = Watch.parse(uri);
    if (watch.isPresent() && watch.get() instanceof Watch.QueueWatch q) {
      return queue(uri, q.queue());
    }
    Matcher m = uri == null ? null : TICKET_URI.matcher(uri);
    if (m != null && m.matches()) {
      String id = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
      String tool = m.group(2) == null ? "kayako_get_ticket" : "kayako_get_ticket_posts";
      return answer(uri, tool, Map.of("ticket_id", id));
    }
    throw notFound(uri, "no such resource; see resources/list and resources/templates/list.");
  }

  private ReadResourceResult queue(String uri, Queue queue) {
    try {
      String text = CallDeadline.within(context.callDeadline(), () -> queueMarkdown(queue));
      return new ReadResourceResult(List.of(new TextResourceContents(uri, MARKDOWN, text)));
    } catch (IllegalArgumentException e) {
      throw notFound(uri, e.getMessage());
    } catch (KayakoApiException e) {
      throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
          .message("Resource " + uri + ": " + e.getMessage())
          .data(Map.of("uri", uri))
          .build();
    }
  }

  private String queueMarkdown(Queue queue) {
    Directory directory = context.directory();
    QueueReader.Contents c =
        new QueueReader(context.client(), context.clock()).read(queue, directory, QUEUE_LIMIT);
    return QueueView.markdown(
        queue.title(),
        queue instanceof Queue.NeedsAttention
            ? "Unresolved tickets that need a staff member, most urgent first, ranked as"
                + " kayako_needs_attention ranks them from the ticket list (its answer also reads"
                + " the conversations of the first ones)."
            : "Unresolved tickets of "
                + directory.departmentName(queue.departmentId())
                + ", newest activity first.",
        c.tickets(),
        c.complete(),
        new TicketView(directory, context.times()),
        context.times().now());
  }

  private ReadResourceResult answer(String uri, String toolName, Map<String, Object> args) {
    KayakoTool tool =
        ToolRegistry.allTools().stream()
            .filter(t -> t.definition().name().equals(toolName))
            .findFirst()
            .orElseThrow();
    CallToolResult result = ToolInvoker.invoke(tool, args, context);
    String text = text(result);
    if (Boolean.TRUE.equals(result.isError())) {
      throw notFound(uri, text);
    }
    return new ReadResourceResult(List.of(new TextResourceContents(uri, MARKDOWN, text)));
  }

  private static String text(CallToolResult result) {
    StringBuilder sb = new StringBuilder();
    for (Content c : result.content()) {
      if (c instanceof TextContent t) {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  private static McpError notFound(String uri, String why) {
    return McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
        .message("Resource " + uri + ": " + why)
        .data(Map.of("uri", String.valueOf(uri)))
        .build();
  }
}
