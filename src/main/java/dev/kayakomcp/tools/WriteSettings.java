package dev.kayakomcp.tools;

import java.time.Duration;

/**
 * Whether write tools exist at all, and as whom they act.
 *
 * @param allowed write tools are listed and callable only when true
 * @param staffId the one staff identity every write acts as (checked at start)
 * @param duplicateWindow a reply, note, time entry or new ticket identical to one within this
 *     window is refused unless the caller overrides
 * @param recoveryBudget how long the reads after a write may take — to find out whether a write
 *     whose answer was lost landed, and to confirm one that did — on top of the call's deadline
 */
public record WriteSettings(
    boolean allowed, int staffId, Duration duplicateWindow, Duration recoveryBudget) {

  public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofMinutes(10);
  public static final Duration DEFAULT_RECOVERY_BUDGET = Duration.ofSeconds(30);

  public static WriteSettings readOnly() {
    return new WriteSettings(false, 0, DEFAULT_DUPLICATE_WINDOW, DEFAULT_RECOVERY_BUDGET);
  }

  public static WriteSettings allowedAs(int staffId) {
    return new WriteSettings(true, staffId, DEFAULT_DUPLICATE_WINDOW, DEFAULT_RECOVERY_BUDGET);
  }

  /** The same settings with another recovery budget. */
  public WriteSettings withRecoveryBudget(Duration budget) {
    return new WriteSettings(allowed, staffId, duplicateWindow, budget);
  }
}
