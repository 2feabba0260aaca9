package dev.kayakomcp.tools;

import dev.kayakomcp.client.CallDeadline;
import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.TicketNotFoundException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a tool and turns what can go wrong into answers: problems the agent can act on become error
 * results with a next step; a bug is logged on stderr and reported without a stack trace.
 */
public final class ToolInvoker {

  private static final Logger LOG = LoggerFactory.getLogger(ToolInvoker.class);

  private ToolInvoker() {}

  public static CallToolResult invoke(
      KayakoTool tool, Map<String, Object> arguments, ToolContext context) {
    String name = tool.definition().name();
    ToolArgs args;
    try {
      args = ToolArgs.of(arguments);
      // Every Kayako request the tool makes, here or on the pool, shares this deadline.
      ToolArgs parsed = args;
      ToolResult result =
          CallDeadline.within(context.callDeadline(), () -> tool.call(parsed, context));
      List<Content> content = new ArrayList<>();
      content.add(new TextContent(result.text()));
      content.addAll(result.extra());
      return CallToolResult.builder()
          .content(content)
          .structuredContent(result.structured())
          .isError(result.error())
          .build();
    } catch (ToolArgumentException e) {
      return error("Invalid arguments for " + name + ": " + e.getMessage());
    } catch (TicketNotFoundException e) {
      String asked =
          arguments == null ? "" : String.valueOf(ToolArgs.of(arguments).string("ticket_id", ""));
      return error(TicketNotFoundHint.forId(asked));
    } catch (KayakoApiException e) {
      LOG.warn("{} failed: {}", name, e.getMessage());
      return error(e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("{} failed with an internal error", name, e);
      return error(
          "kayako-mcp hit an internal error running "
              + name
              + " ("
              + e.getClass().getSimpleName()
              + "). It was logged on the server's stderr; try again, or report it with that log.");
    }
  }

  static CallToolResult error(String text) {
    return CallToolResult.builder().content(List.of(new TextContent(text))).isError(true).build();
  }
}
