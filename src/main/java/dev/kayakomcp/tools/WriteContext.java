package dev.kayakomcp.tools;

import dev.kayakomcp.write.AuditLog;
import dev.kayakomcp.write.WriteLedger;
import dev.kayakomcp.write.WritePipeline;
import java.time.Clock;

/**
 * What write tools share for the life of a server: the settings, the audit log and the ledger of
 * writes in flight and recent (the same one for every session, so identical calls from two clients
 * collapse too).
 */
public record WriteContext(WriteSettings settings, AuditLog audit, WriteLedger ledger) {

  public static WriteContext readOnly(Clock clock) {
    return new WriteContext(WriteSettings.readOnly(), AuditLog.toStderr(clock), new WriteLedger());
  }

  /** Write tools allowed as {@code settings} say, with a fresh ledger. */
  public static WriteContext of(WriteSettings settings, AuditLog audit) {
    return new WriteContext(settings, audit, new WriteLedger());
  }

  /** The pipeline every write of one tool call goes through, on this call's Kayako client. */
  public WritePipeline pipeline(ToolContext context) {
    return new WritePipeline(
        context.client(),
        ledger,
        audit,
        context.clock(),
        settings.duplicateWindow(),
        settings.recoveryBudget());
  }
}
