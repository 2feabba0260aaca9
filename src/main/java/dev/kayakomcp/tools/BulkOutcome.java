package dev.kayakomcp.tools;

/**
 * How one ticket of a bulk update ended.
 *
 * @param item the ticket and what was planned for it
 * @param result the outcome
 * @param detail why, in words: what Kayako ignored, why it failed, what to check
 * @param note what became of the staff note, or null when none was asked for
 */
record BulkOutcome(BulkItem item, Result result, String detail, String note) {

  /** The outcome of one ticket. */
  enum Result {
    /** Dry run or awaiting confirmation: nothing was sent. */
    PLANNED("planned"),
    /** Every field sent is confirmed by Kayako. */
    CHANGED("changed"),
    /** Kayako kept some field as it was, or the ticket already had the values. */
    UNCHANGED("unchanged"),
    /** Not applied: Kayako refused it, or it could not be sent. */
    FAILED("failed"),
    /** Kayako's answer was lost and the ticket does not show the change yet: it may still land. */
    UNKNOWN("unknown");

    final String word;

    Result(String word) {
      this.word = word;
    }
  }
}
