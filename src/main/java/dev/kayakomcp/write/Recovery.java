package dev.kayakomcp.write;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * After a write whose answer was lost: re-read Kayako and decide landed, not landed or unknown.
 * Runs under the recovery budget's own deadline.
 */
final class Recovery {

  private Recovery() {}

  /**
   * The answer was lost. Re-read; when Kayako may still be working on the write, keep re-reading (1
   * s, 2 s, 4 s … apart) until the recovery budget is spent.
   */
  static WriteOutcome after(
      KayakoClient client,
      WriteOperation op,
      SendFailure failure,
      KayakoApiException lost,
      Instant sentAt,
      Duration recoveryBudget) {
    long end = System.nanoTime() + recoveryBudget.toNanos();
    Duration pause = Duration.ofSeconds(1);
    int reads = 0;
    String readFailure = null;
    while (true) {
      try {
        reads++;
        Optional<Landed> found = op.find(client, 0);
        if (found.isPresent()) {
          return WriteOutcome.landed(found.get(), sentAt, true, SendFailure.lostAnswer(lost));
        }
        readFailure = null;
        if (failure == SendFailure.ANSWER_LOST) {
          return WriteOutcome.notLanded(
              SendFailure.lostAnswer(lost) + "; re-reading Kayako shows it was not stored", sentAt);
        }
      } catch (KayakoApiException e) {
        readFailure = SendFailure.failedRead(e);
      }
      long left = end - System.nanoTime();
      if (left < pause.toNanos() + Duration.ofSeconds(1).toNanos()) {
        break;
      }
      if (!sleep(pause)) {
        break;
      }
      pause = pause.multipliedBy(2);
    }
    String seen =
        readFailure != null
            ? "re-reading Kayako failed too (" + readFailure + ")"
            : "it had not appeared after "
                + reads
                + " re-read"
                + (reads == 1 ? "" : "s")
                + " over "
                + recoveryBudget.toSeconds()
                + " s; Kayako may still be storing it";
    return WriteOutcome.unknown(
        SendFailure.lostAnswer(lost) + "; " + seen, op.howToCheck(), sentAt);
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
