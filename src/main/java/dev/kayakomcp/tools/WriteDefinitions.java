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

  /** {@code allow_duplicate}, for writes with a duplicate window. */
  static Schema allowDuplicate(Schema s, String what) {
    return s.bool(
        "allow_duplicate",
        "Send even if "
            + what
            + " in the last 10 minutes (an identical call in flight at the"
            + " same moment still shares one write).",
        false);
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
