package dev.kayakomcp.tools;

/**
 * The two questions every write asks before sending: is this only a dry run, and — for writes a
 * person should see first — has the person agreed?
 */
final class WriteGate {

  private WriteGate() {}

  /**
   * Whether to go ahead. When not, the answer has been given its status and note: dry run, needs
   * confirmation, or declined.
   *
   * @param question what to ask the person, or null when the write needs no confirmation
   */
  static boolean proceed(
      WriteOptions options, ToolContext context, WriteAnswer answer, String question) {
    if (options.dryRun()) {
      answer.status(WriteAnswer.Status.DRY_RUN).note("Dry run: nothing was sent to Kayako.");
      return false;
    }
    if (question == null || options.confirm()) {
      return true;
    }
    switch (context.confirmer().ask(question)) {
      case ACCEPTED -> {
        answer.note("The user confirmed this in the client.");
        return true;
      }
      case DECLINED -> {
        answer
            .status(WriteAnswer.Status.DECLINED)
            .note("The user declined in the client: nothing was sent.");
        return false;
      }
      default -> {
        answer
            .status(WriteAnswer.Status.NEEDS_CONFIRMATION)
            .note(
                "Nothing was sent yet. Show the user what would be sent (above); once they agree,"
                    + " call this tool again with the same arguments and confirm=true.");
        return false;
      }
    }
  }
}
