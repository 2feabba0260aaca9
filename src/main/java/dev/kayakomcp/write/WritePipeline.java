package dev.kayakomcp.write;

import dev.kayakomcp.client.CallDeadline;
import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.format.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * The one way a write reaches Kayako. {@link #submit} takes a resolved {@link WriteOperation}
 * (after any dry run or confirmation) and: claims its idempotency key, joining an identical write
 * in flight instead of sending; refuses a duplicate within the window; sends exactly once, never
 * retried; when the answer is lost, re-reads Kayako under a recovery budget of its own (the call's
 * deadline may be spent) and decides landed, not landed or unknown; re-reads the confirmed state;
 * and writes one audit line. Thread-safe: a bulk write submits one operation per ticket, from as
 * many threads as it likes.
 */
public final class WritePipeline {

  /** Kayako's clock and ours may differ; a duplicate is looked for a little further back. */
  private static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

  private final KayakoClient client;
  private final WriteLedger ledger;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration window;
  private final Duration recoveryBudget;

  /**
   * @param window identical writes within this time are refused unless allowed
   * @param recoveryBudget how long the reads after a send may take, whatever the send took
   */
  public WritePipeline(
      KayakoClient client,
      WriteLedger ledger,
      AuditLog audit,
      Clock clock,
      Duration window,
      Duration recoveryBudget) {
    this.client = client;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
    this.window = window;
    this.recoveryBudget = recoveryBudget;
  }

  /**
   * An identical recent write — this server's (landed or possibly landed) or one Kayako holds — as
   * a {@link WriteOutcome.Kind#DUPLICATE} outcome, or empty. Sends nothing and writes no audit
   * line: for asking before a confirmation whether the write would be refused anyway.
   */
  public Optional<WriteOutcome> duplicate(WriteOperation op) {
    if (op.duplicateKey() == null || ledger.inFlight(op.idempotencyKey())) {
      // In flight: submitting joins it and shares its answer, which says more than a refusal.
      return Optional.empty();
    }
    Instant now = clock.instant();
    WriteOutcome ours = ledger.recent(op.duplicateKey(), now.minus(window));
    if (ours != null) {
      return Optional.of(duplicateOf(ours));
    }
    return kayakoDuplicate(op, now);
  }

  /**
   * Sends {@code op} at most once and says how it ended; see the class comment. Refused duplicates,
   * joined calls and every send get one audit line each.
   *
   * @param allowDuplicate send even when an identical write is within the window (identical calls
   *     in flight at the same moment still collapse into one)
   */
  public WriteOutcome submit(WriteOperation op, boolean allowDuplicate) {
    while (true) {
      WriteLedger.Claim claim = ledger.claim(op, allowDuplicate, window, clock.instant());
      if (claim instanceof WriteLedger.Join join) {
        return audited(op, await(join.flight()).asShared());
      }
      if (claim instanceof WriteLedger.Wait wait) {
        await(wait.flight());
        continue;
      }
      if (claim instanceof WriteLedger.Seen seen) {
        return audited(op, duplicateOf(seen.earlier()));
      }
      WriteLedger.Flight mine = ((WriteLedger.Own) claim).flight();
      WriteOutcome outcome;
      try {
        outcome = allowDuplicate ? null : kayakoDuplicate(op, clock.instant()).orElse(null);
        if (outcome == null) {
          outcome = sendOnce(op);
        }
      } catch (RuntimeException bug) {
        ledger.abandon(mine, bug);
        throw bug;
      }
      ledger.finish(mine, outcome);
      return audited(op, outcome);
    }
  }

  private Optional<WriteOutcome> kayakoDuplicate(WriteOperation op, Instant now) {
    if (op.duplicateKey() == null) {
      return Optional.empty();
    }
    return op.alreadyInKayako(client, now.minus(window).minus(CLOCK_SLACK))
        .map(
            l ->
                WriteOutcome.duplicate(
                    l,
                    "Kayako already has " + l.what() + " with the same content",
                    "",
                    clock.instant()));
  }

  private WriteOutcome duplicateOf(WriteOutcome earlier) {
    String when = Times.iso(earlier.at().getEpochSecond());
    if (earlier.kind() == WriteOutcome.Kind.UNKNOWN) {
      return WriteOutcome.duplicate(
          null,
          "an identical write at " + when + " may have landed (" + earlier.detail() + ")",
          earlier.check(),
          earlier.at());
    }
    return WriteOutcome.duplicate(
        earlier.landed(),
        "this server sent the same at " + when + " (" + earlier.landed().what() + ")",
        "",
        earlier.at());
  }

  private WriteOutcome sendOnce(WriteOperation op) {
    try {
      op.prepare(client);
    } catch (KayakoApiException e) {
      return WriteOutcome.notLanded(e.getMessage() + " (before sending anything)", clock.instant());
    }
    if (CallDeadline.almostSpent(Duration.ofMillis(50))) {
      // The client would refuse to send with a timeout error, which could not be told from a write
      // whose answer timed out; say plainly that nothing went out.
      return WriteOutcome.notLanded(
          "the call's deadline was used up before the write was sent", clock.instant());
    }
    Instant sentAt = clock.instant();
    int id;
    try {
      id = op.send(client);
    } catch (KayakoApiException e) {
      SendFailure failure = SendFailure.of(e);
      if (failure == SendFailure.NOT_SENT || failure == SendFailure.REFUSED) {
        return WriteOutcome.notLanded(e.getMessage(), sentAt);
      }
      return CallDeadline.fresh(
          recoveryBudget, () -> Recovery.after(client, op, failure, e, sentAt, recoveryBudget));
    }
    return CallDeadline.fresh(recoveryBudget, () -> confirm(op, id, sentAt));
  }

  private WriteOutcome confirm(WriteOperation op, int id, Instant sentAt) {
    String what = "#" + id;
    try {
      Landed l = op.find(client, id).orElse(null);
      return WriteOutcome.landed(
          l != null ? l : Landed.unconfirmed(id, what, "not found on re-reading"),
          sentAt,
          false,
          "");
    } catch (KayakoApiException e) {
      return WriteOutcome.landed(
          Landed.unconfirmed(id, what, SendFailure.failedRead(e)), sentAt, false, "");
    }
  }

  private static WriteOutcome await(WriteLedger.Flight flight) {
    try {
      return flight.done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while an identical write was in flight", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  private WriteOutcome audited(WriteOperation op, WriteOutcome outcome) {
    audit.record(op.tool(), op.target(), op.auditFields(), outcome.auditWord());
    return outcome;
  }
}
