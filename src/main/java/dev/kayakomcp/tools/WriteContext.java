package dev.kayakomcp.tools;

import java.time.Clock;

/** What write tools share: the settings, the audit log and the ledger of recent replies. */
public record WriteContext(WriteSettings settings, AuditLog audit, ReplyLedger ledger) {

  public static WriteContext readOnly(Clock clock) {
    return new WriteContext(
        WriteSettings.readOnly(), AuditLog.toStderr(clock), new ReplyLedger(clock));
  }
}
