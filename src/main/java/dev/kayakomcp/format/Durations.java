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

  /**
   * A span of time as a report shows it, to the two largest units: {@code 3d 4h}, {@code 5h 20m},
   * {@code 12m}, {@code 40s}.
   */
  public static String span(long seconds) {
    if (seconds < 0) {
      return "-" + span(-seconds);
    }
    long days = seconds / 86_400;
    if (days == 0) {
      return human(seconds);
    }
    long hours = (seconds % 86_400) / 3600;
    return hours == 0 ? days + "d" : days + "d " + hours + "h";
  }
}
