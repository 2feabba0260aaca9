package dev.kayakomcp.cli;

import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * Options written before a command ({@code kayako-mcp --demo call ...}). picocli hands them to the
 * top-level command, which does not run when a command is named, so on their own they would be
 * dropped without a word. Here each one is passed on to the command when the command has the very
 * same option (the connection, write and serve options it shares through the same mixins), and
 * otherwise refused with a message that says where to write it.
 */
final class OptionPlacement implements IExecutionStrategy {

  /** Exit code of a usage error, as picocli's own. */
  static final int USAGE = 2;

  private final IExecutionStrategy next = new RunLast();
  private final PrintStream stderr;

  OptionPlacement(PrintStream stderr) {
    this.stderr = stderr;
  }

  @Override
  public int execute(ParseResult root) {
    if (root.hasSubcommand() && !helpRequested(root)) {
      ParseResult command = root.subcommand();
      for (OptionSpec given : root.matchedOptions()) {
        Optional<String> refusal = passOn(given, command);
        if (refusal.isPresent()) {
          stderr.println("kayako-mcp: " + refusal.get());
          return USAGE;
        }
      }
    }
    return next.execute(root);
  }

  /** Sets the command's own copy of the option, or says why it cannot. */
  private static Optional<String> passOn(OptionSpec given, ParseResult command) {
    String name = command.commandSpec().name();
    String option = given.longestName();
    OptionSpec own = command.commandSpec().findOption(option);
    if (own == null) {
      return Optional.of(
          "'"
              + name
              + "' does not take "
              + option
              + ". An option before a command goes to it only when the command takes it (see"
              + " kayako-mcp "
              + name
              + " --help); without a command: kayako-mcp "
              + option
              + " ...");
    }
    // The same annotated field (a shared mixin) means the same option; a namesake (the emulator's
    // own --port) means something else, so it must be written where it belongs.
    if (!Objects.equals(own.userObject(), given.userObject())) {
      return Optional.of(
          option
              + " before '"
              + name
              + "' is an option of kayako-mcp itself, not of '"
              + name
              + "'; write it after the command: kayako-mcp "
              + name
              + " "
              + option
              + (own.arity().max() > 0 ? " " + own.paramLabel() : "")
              + " ...");
    }
    if (command.hasMatchedOption(own)) {
      if (!Objects.equals(own.getValue(), given.getValue())) {
        return Optional.of(
            option + " is given twice, before and after '" + name + "'; give it once, after it.");
      }
      return Optional.empty();
    }
    own.setValue(given.getValue());
    return Optional.empty();
  }

  private static boolean helpRequested(ParseResult root) {
    for (ParseResult p = root; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
      if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
        return true;
      }
    }
    return false;
  }
}
