package dev.kayakomcp.tools;

import java.util.Map;

/** Definitions of write tools: never read-only, with explicit destructive and idempotent hints. */
final class WriteDefinitions {

  private WriteDefinitions() {}

  static ToolDefinition write(
      String name,
      String title,
      String description,
      Map<String, Object> inputSchema,
      boolean destructive,
      boolean idempotent) {
    return new ToolDefinition(
        name,
        title,
        description,
        inputSchema,
        WriteAnswer.outputSchema(),
        false,
        destructive,
        idempotent,
        "tickets");
  }

  /** The arguments every write tool takes. */
  static Schema common(Schema s) {
    return s.bool(
            "dry_run",
            "Show exactly what would be sent (names resolved to ids, final text) and send nothing.",
            false)
        .responseFormat();
  }
}
