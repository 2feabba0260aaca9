package dev.kayakomcp.client;

/**
 * A billing entry to add with {@link KayakoClient#addTimeTrack}. Times are Unix seconds, durations
 * seconds; {@code workerStaffId} 0 means the creating staff member; {@code noteColor} 1–5.
 */
public record NewTimeTrack(
    int ticketId,
    int staffId,
    String contents,
    long workDate,
    long billDate,
    long timeSpentSeconds,
    long timeBillableSeconds,
    int workerStaffId,
    int noteColor) {

  public NewTimeTrack {
    if (ticketId <= 0 || staffId <= 0) {
      throw new IllegalArgumentException("ticketId and staffId must be positive numeric ids");
    }
    if (contents == null) {
      throw new IllegalArgumentException("contents must be given (it may be empty)");
    }
    if (workDate <= 0 || billDate <= 0) {
      throw new IllegalArgumentException("workDate and billDate must be Unix timestamps");
    }
    if (timeSpentSeconds < 0 || timeBillableSeconds < 0) {
      throw new IllegalArgumentException("times must not be negative");
    }
    if (noteColor < 1 || noteColor > 5) {
      throw new IllegalArgumentException("noteColor must be 1 to 5");
    }
  }
}
