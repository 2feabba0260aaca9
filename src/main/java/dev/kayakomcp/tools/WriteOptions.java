package dev.kayakomcp.tools;

/**
 * The arguments every write tool takes, parsed once.
 *
 * @param dryRun show what would be sent and send nothing
 * @param confirm the user already approved (for writes that need it)
 * @param allowDuplicate send even when an identical write is within the duplicate window
 */
record WriteOptions(
    boolean dryRun, boolean confirm, boolean allowDuplicate, ResponseFormat format) {

  static WriteOptions parse(ToolArgs args) {
    return new WriteOptions(
        args.bool("dry_run", false),
        args.bool("confirm", false),
        args.bool("allow_duplicate", false),
        args.format());
  }
}
