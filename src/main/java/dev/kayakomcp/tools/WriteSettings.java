package dev.kayakomcp.tools;

import java.time.Duration;

/**
 * Whether write tools exist at all, and as whom they act.
 *
 * @param allowed write tools are listed and callable only when true
 * @param staffId the one staff identity every write acts as (checked at start)
 * @param duplicateWindow a reply identical to one posted on the same ticket within this window is
 *     refused unless the caller overrides
 */
public record WriteSettings(boolean allowed, int staffId, Duration duplicateWindow) {

  public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofMinutes(10);

  public static WriteSettings readOnly() {
    return new WriteSettings(false, 0, DEFAULT_DUPLICATE_WINDOW);
  }

  public static WriteSettings allowedAs(int staffId) {
    return new WriteSettings(true, staffId, DEFAULT_DUPLICATE_WINDOW);
  }
}
