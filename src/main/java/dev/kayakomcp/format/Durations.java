package dev.kayakomcp.format;

/** Durations in seconds (time tracking) as people write them: {@code 1h 30m}, {@code 45m}. */
public final class Durations {

  private Durations() {}

  /**
   * {@code 1h 30m}, {@code 2h}, {@code 45m}; under a minute {@code 30s}; 0 is {@code 0m}. Whole
   * minutes only above a minute (seconds are always given alongside in structured content).
   */
  public static String human(long seconds) {
    if (seconds < 0) {
      return "-" + human(-seconds);
    }
    if (seconds == 0) {
      return "0m";
    }
    if (seconds < 60) {
      return seconds + "s";
    }
    long hours = seconds / 3600;
    long minutes = (seconds % 3600) / 60;
    if (hours == 0) {
      return minutes + "m";
    }
    return minutes == 0 ? hours + "h" : hours + "h " + minutes + "m";
  }
}
