package dev.kayakomcp.cli;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emulator}: runs the Kayako Classic emulator standalone. Stdout gets exactly three lines
 * ({@code KAYAKO_API_URL=…}, {@code KAYAKO_API_KEY=…}, {@code KAYAKO_SECRET_KEY=…}) so a script can
 * {@code eval} or source them; everything else goes to stderr. Serves until the process is killed
 * (SIGTERM/SIGINT close it cleanly).
 */
@Command(
    name = "emulator",
    mixinStandardHelpOptions = true,
    description = "Run a local Kayako Classic REST API emulator with generated test data.")
public final class EmulatorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8089;

  @Option(names = "--seed", description = "Dataset seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--tickets", description = "Tickets to generate (default: ${DEFAULT-VALUE}).")
  int tickets = EmulatorOptions.DEFAULT_TICKETS;

  @Option(names = "--api-key", description = "API key to accept (default: derived from the seed).")
  String apiKey;

  @Option(
      names = "--secret-key",
      description = "Secret key to accept (default: derived from the seed).")
  String secretKey;

  @Option(names = "--latency-ms", description = "Added delay per API request, in milliseconds.")
  long latencyMs;

  @Option(names = "--bytes-per-second", description = "Throttle response bodies (0 = off).")
  int bytesPerSecond;

  @Option(names = "--server-error-share", description = "Share (0..1) of 500/502/503 answers.")
  double serverErrorShare;

  @Option(
      names = "--server-error-status",
      description = "500, 502 or 503; 0 picks one at random per request.")
  int serverErrorStatus;

  @Option(names = "--rate-limit-share", description = "Share (0..1) of 429 answers.")
  double rateLimitShare;

  @Option(
      names = "--retry-after",
      description = "Retry-After seconds on 429 (default: ${DEFAULT-VALUE}).")
  int retryAfter = 1;

  @Option(names = "--no-answer-share", description = "Share (0..1) of requests never answered.")
  double noAnswerShare;

  @Option(
      names = "--no-answer-ms",
      description = "How long an unanswered request is held (default: ${DEFAULT-VALUE}).")
  long noAnswerMs = 30_000;

  @Option(names = "--cut-share", description = "Share (0..1) of bodies cut off half-way.")
  double cutShare;

  @Option(names = "--malformed-share", description = "Share (0..1) of malformed XML bodies.")
  double malformedShare;

  @Option(names = "--html-error-share", description = "Share (0..1) of HTML 502 proxy pages.")
  double htmlErrorShare;

  @Option(
      names = "--php-notice-share",
      description = "Share (0..1) of answers with a PHP notice before the XML.")
  double phpNoticeShare;

  @Option(
      names = "--faults-remaining",
      description = "Apply faults to the next N API requests only (default: all).")
  int faultsRemaining = -1;

  @Option(
      names = "--faults-after-call",
      description = "Run each call before its fault: a lost, late or 5xx answer to a stored write.")
  boolean faultsAfterCall;

  @Option(names = "--api-disabled", description = "Answer every API call 403 (API switched off).")
  boolean apiDisabled;

  @Option(
      names = "--post-order",
      description = "Admin post order: asc or desc (default: ${DEFAULT-VALUE}).")
  String postOrder = "asc";

  @Option(names = "--search-result-limit", description = "Cap on TicketSearch results.")
  Integer searchResultLimit;

  /** Counted down to stop serving: by the shutdown hook or {@link #stop()}. */
  private final CountDownLatch stop = new CountDownLatch(1);

  /** Public for the main CLI, which registers this command. */
  public EmulatorCommand() {}

  /** Ends a running {@link #call()} (which then closes the emulator and returns 0). */
  public void stop() {
    stop.countDown();
  }

  /** Runs the command on its own (the main CLI is the usual entry point). */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EmulatorCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!postOrder.equalsIgnoreCase("asc") && !postOrder.equalsIgnoreCase("desc")) {
      err.println("--post-order must be asc or desc");
      err.flush();
      return 2;
    }
    EmulatorOptions options =
        EmulatorOptions.defaults()
            .host(host)
            .port(port)
            .seed(seed)
            .tickets(tickets)
            .apiKey(apiKey)
            .secretKey(secretKey);
    options
        .faults()
        .latencyMs(latencyMs)
        .bytesPerSecond(bytesPerSecond)
        .serverErrors(serverErrorShare, serverErrorStatus)
        .rateLimit(rateLimitShare, retryAfter)
        .noAnswer(noAnswerShare, noAnswerMs)
        .cut(cutShare)
        .malformedXml(malformedShare)
        .htmlError(htmlErrorShare)
        .phpNotice(phpNoticeShare)
        .afterCall(faultsAfterCall)
        .remaining(faultsRemaining);
    options.settings().apiEnabled(!apiDisabled).postsDescending(postOrder.equalsIgnoreCase("desc"));
    if (searchResultLimit != null) {
      options.settings().searchResultLimit(searchResultLimit);
    }
    KayakoEmulator emulator;
    try {
      emulator = KayakoEmulator.start(options);
    } catch (RuntimeException e) {
      err.println("Cannot start the emulator: " + e.getMessage());
      err.flush();
      return 1;
    }
    Thread hook = new Thread(stop::countDown, "kayako-emulator-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      out.println("KAYAKO_API_URL=" + emulator.apiUrl());
      out.println("KAYAKO_API_KEY=" + emulator.apiKey());
      out.println("KAYAKO_SECRET_KEY=" + emulator.secretKey());
      out.flush();
      err.println(
          "Kayako emulator: "
              + emulator.helpdesk().tickets.size()
              + " tickets (seed "
              + seed
              + "); control routes at "
              + emulator.controlUrl()
              + "faults; stop with Ctrl-C or SIGTERM.");
      err.flush();
      stop.await();
    } finally {
      emulator.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Already shutting down: the hook is running, nothing to remove.
      }
    }
    return 0;
  }
}
