package dev.kayakomcp.cli;

import picocli.CommandLine.Option;

/** Whether the server may change Kayako, as whom, and where writes are logged. */
public final class WriteOptions {

  @Option(
      names = "--allow-writes",
      description =
          "Offer the write tools (reply, note, create, update, log time). Off by default;"
              + " env KAYAKO_ALLOW_WRITES=true.")
  boolean allowWrites;

  @Option(
      names = "--staff",
      paramLabel = "STAFF_ID",
      description = "The staff id every write acts as (env KAYAKO_STAFF_ID); checked at start.")
  Integer staffId;

  @Option(
      names = "--audit-log",
      paramLabel = "FILE",
      description = "Append one line per write to FILE instead of stderr (env KAYAKO_AUDIT_LOG).")
  String auditLog;

  @Option(
      names = "--write-recovery",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "Seconds the reads after a write may take to learn whether a write whose answer was"
              + " lost landed, on top of --call-deadline (default: ${DEFAULT-VALUE}).")
  int recoverySeconds = 30;
}
