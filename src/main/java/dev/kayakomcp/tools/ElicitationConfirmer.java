package dev.kayakomcp.tools;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ElicitRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks through MCP elicitation when the client declared it can. A client that cannot, or a person
 * who does not answer before the SDK gives up, counts as unavailable: the tool then explains how to
 * confirm by calling again.
 */
public final class ElicitationConfirmer implements Confirmer {

  private static final Logger LOG = LoggerFactory.getLogger(ElicitationConfirmer.class);

  private final McpSyncServerExchange exchange;

  public ElicitationConfirmer(McpSyncServerExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public Answer ask(String question) {
    if (exchange == null
        || exchange.getClientCapabilities() == null
        || exchange.getClientCapabilities().elicitation() == null) {
      return Answer.UNAVAILABLE;
    }
    Map<String, Object> schema =
        Schema.ordered(
            "type",
            "object",
            "properties",
            Schema.ordered(
                "approve", Schema.ordered("type", "boolean", "title", "Send it", "default", false)),
            "required",
            List.of("approve"));
    try {
      ElicitResult result =
          exchange.createElicitation(ElicitRequest.builder(question, schema).build());
      if (result.action() == ElicitResult.Action.ACCEPT
          && result.content() != null
          && Boolean.TRUE.equals(result.content().get("approve"))) {
        return Answer.ACCEPTED;
      }
      return Answer.DECLINED;
    } catch (RuntimeException e) {
      LOG.info(
          "Confirmation through the client failed ({}); asking for confirm=true instead",
          e.toString());
      return Answer.UNAVAILABLE;
    }
  }
}
