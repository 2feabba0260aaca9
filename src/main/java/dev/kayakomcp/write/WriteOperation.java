package dev.kayakomcp.write;

import dev.kayakomcp.client.KayakoClient;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One write, resolved and ready: to one ticket (a reply, a note, a time entry, an update) or one
 * new ticket. A {@link WritePipeline} sends it at most once; the operation knows how to send itself
 * and how to find itself in Kayako again. Implementations are immutable and safe to submit from
 * several threads at once.
 */
public interface WriteOperation {

  /** The tool (or bulk step) that asked for it, for the audit line. */
  String tool();

  /** What it writes to, for the audit line: a display id, or {@code new} for a new ticket. */
  String target();

  /**
   * The idempotency key: the same target with the same content gives the same key, so identical
   * calls in flight at once collapse into one write and share its outcome.
   */
  String idempotencyKey();

  /**
   * The duplicate window's key — the same key within the window is refused unless the caller allows
   * duplicates — or null when doing the write twice is harmless (an update).
   */
  String duplicateKey();

  /** The fields as sent (ids with their names), for the audit line; never credentials. */
  Map<String, String> auditFields();

  /**
   * An identical write Kayako already holds since {@code since} (someone else's, or one from before
   * a restart), or empty. Called before sending unless duplicates are allowed.
   */
  Optional<Landed> alreadyInKayako(KayakoClient client, Instant since);

  /**
   * Reads what {@link #find} needs to tell this write from what was there before; nothing is sent
   * yet, so a failure here means the write did not land.
   */
  default void prepare(KayakoClient client) {}

  /** Sends the write, once; returns the id Kayako gave what it stored (0 when none). */
  int send(KayakoClient client);

  /**
   * Re-reads Kayako: the write's confirmed state if Kayako holds it, else empty. With {@code id} >
   * 0 (Kayako answered) it is looked up by id; with 0 (the answer was lost) by its content, among
   * what was not there before it was sent.
   */
  Optional<Landed> find(KayakoClient client, int id);

  /** Where a person or agent can look when the outcome is unknown, e.g. a tool call to make. */
  String howToCheck();

  /** Whether doing it twice leaves the same state (an update): then an unknown outcome is safe. */
  default boolean idempotent() {
    return false;
  }
}
