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
   */
  static boolean proceed(
      ToolArgs args,
      ToolContext context,
      WriteAnswer answer,
      boolean needsConfirmation,
      String question) {
    if (args.bool("dry_run", false)) {
      answer.status(WriteAnswer.Status.DRY_RUN).note("Dry run: nothing was sent to Kayako.");
      return false;
    }
    if (!needsConfirmation || args.bool("confirm", false)) {
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
