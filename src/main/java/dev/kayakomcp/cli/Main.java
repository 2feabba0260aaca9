package dev.kayakomcp.cli;

import dev.kayakomcp.server.ServerInfo;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/**
 * Entry point. The real stdout is kept for output that belongs there (the MCP protocol, command
 * results) and {@code System.out} is pointed at stderr before anything else runs, so no library can
 * write a stray line into the protocol.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    OutputStream realStdout = new FileOutputStream(FileDescriptor.out);
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    int code = run(args, System.in, realStdout, System.err, System.getenv(), Path.of(""));
    System.exit(code);
  }

  /** Runs the command line with explicit streams and environment (tests call this). */
  public static int run(
      String[] args,
      InputStream stdin,
      OutputStream stdout,
      PrintStream stderr,
      Map<String, String> env,
      Path workingDir) {
    Streams streams = new Streams(stdin, stdout, stderr, env, workingDir);
    CommandLine cmd = commandLine(streams);
    return cmd.execute(args);
  }

  static CommandLine commandLine(Streams streams) {
    CommandLine cmd = new CommandLine(new RootCommand(streams));
    cmd.addSubcommand("serve", new ServeCommand(streams));
    cmd.addSubcommand("call", new CallCommand(streams));
    cmd.addSubcommand("demo", new DemoCommand(streams));
    cmd.addSubcommand("emulator", new EmulatorCommand());
    cmd.addSubcommand("bench", new BenchCommand(streams));
    cmd.setOut(
        new PrintWriter(
            new java.io.OutputStreamWriter(streams.stdout(), StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(streams.stderr(), true));
    cmd.setExecutionStrategy(new OptionPlacement(streams.stderr()));
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // A bug must not show a Java stack trace to the user; the log has the details.
          streams.stderr().println("kayako-mcp: internal error: " + e);
          org.slf4j.LoggerFactory.getLogger(Main.class).debug("internal error", e);
          return 70;
        });
    return cmd;
  }

  /** The version shown by {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ServerInfo.NAME + " " + ServerInfo.version()};
    }
  }
}
