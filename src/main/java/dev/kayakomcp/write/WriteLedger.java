package dev.kayakomcp.write;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The writes this server has in flight and has recently made, shared by every call (and every
 * session) of one server. Checking and claiming happen under one lock, so two identical calls at
 * the same moment cannot both send: the second joins the first, or — when only the duplicate
 * window's key matches — waits for it and is then refused as a duplicate.
 */
public final class WriteLedger {

  /** Writes remembered for the duplicate window; older ones fall out first. */
  private static final int MAX_RECENT = 2_000;

  private record Recent(String duplicateKey, WriteOutcome outcome) {}

  /** A write in flight, owned by one call; others wait on {@link #done}. */
  static final class Flight {
    final String key;
    final String duplicateKey;
    final CompletableFuture<WriteOutcome> done = new CompletableFuture<>();

    Flight(String key, String duplicateKey) {
      this.key = key;
      this.duplicateKey = duplicateKey;
    }
  }

  /** What a call may do with its write. */
  sealed interface Claim permits Own, Join, Wait, Seen {}

  /** Nothing identical is in flight or recent: this call sends. */
  record Own(Flight flight) implements Claim {}

  /** The identical write is in flight: share its outcome. */
  record Join(Flight flight) implements Claim {}

  /** A write with the same duplicate key is in flight: wait for it, then claim again. */
  record Wait(Flight flight) implements Claim {}

  /** The same duplicate key landed (or may have) within the window. */
  record Seen(WriteOutcome earlier) implements Claim {}

  private final Map<String, Flight> inFlight = new HashMap<>();
  private final Deque<Recent> recent = new ArrayDeque<>();

  synchronized Claim claim(
      WriteOperation op, boolean allowDuplicate, Duration window, Instant now) {
    Flight same = inFlight.get(op.idempotencyKey());
    if (same != null) {
      return new Join(same);
    }
    String dk = op.duplicateKey();
    if (!allowDuplicate && dk != null) {
      for (Flight f : inFlight.values()) {
        if (dk.equals(f.duplicateKey)) {
          return new Wait(f);
        }
      }
      WriteOutcome earlier = recent(dk, now.minus(window));
      if (earlier != null) {
        return new Seen(earlier);
      }
    }
    Flight mine = new Flight(op.idempotencyKey(), dk);
    inFlight.put(mine.key, mine);
    return new Own(mine);
  }

  /** Whether the identical write is in flight right now (a call for it would join it). */
  synchronized boolean inFlight(String idempotencyKey) {
    return inFlight.containsKey(idempotencyKey);
  }

  /** Without claiming: an earlier write with this duplicate key within the window, or null. */
  synchronized WriteOutcome recent(String duplicateKey, Instant since) {
    WriteOutcome found = null;
    for (Recent r : recent) {
      if (r.duplicateKey().equals(duplicateKey) && !r.outcome().at().isBefore(since)) {
        found = r.outcome();
      }
    }
    return found;
  }

  /** The owner's write ended: remember it when it may have landed, and release the waiters. */
  void finish(Flight flight, WriteOutcome outcome) {
    synchronized (this) {
      inFlight.remove(flight.key);
      boolean mayHaveLanded =
          outcome.kind() == WriteOutcome.Kind.LANDED || outcome.kind() == WriteOutcome.Kind.UNKNOWN;
      if (mayHaveLanded && flight.duplicateKey != null) {
        recent.addLast(new Recent(flight.duplicateKey, outcome));
        while (recent.size() > MAX_RECENT) {
          recent.removeFirst();
        }
      }
    }
    flight.done.complete(outcome);
  }

  /** The owner failed with a bug: waiters get the same failure, and the key is free again. */
  void abandon(Flight flight, RuntimeException failure) {
    synchronized (this) {
      inFlight.remove(flight.key);
    }
    flight.done.completeExceptionally(failure);
  }
}
