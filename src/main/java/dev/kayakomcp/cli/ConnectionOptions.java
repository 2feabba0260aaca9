package dev.kayakomcp.cli;

import picocli.CommandLine.Option;

/** Where Kayako is: flags shared by every command that talks to it. */
public final class ConnectionOptions {

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "Kayako REST API URL, e.g. https://support.example.com/api/index.php"
              + " (env KAYAKO_API_URL).")
  String apiUrl;

  @Option(names = "--api-key", paramLabel = "KEY", description = "API key (env KAYAKO_API_KEY).")
  String apiKey;

  @Option(
      names = "--secret-key",
      paramLabel = "SECRET",
      description =
          "Secret key (env KAYAKO_SECRET_KEY). Prefer the environment or .env: flags"
              + " show in process lists.")
  String secretKey;

  @Option(
      names = "--demo",
      description =
          "Use a fresh embedded Kayako emulator with sample data instead of a real" + " helpdesk.")
  boolean demo;

  @Option(
      names = "--connect-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Seconds to wait for a connection to Kayako (default: ${DEFAULT-VALUE}).")
  int connectTimeoutSeconds;

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Seconds to wait for Kayako's answer (default: ${DEFAULT-VALUE}).")
  int readTimeoutSeconds;

  // ---- resilience and speed (issue 6) ----

  @Option(
      names = "--call-deadline",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "Seconds one tool call may spend on Kayako, retries included; each request's timeout"
              + " is bounded by what is left (default: ${DEFAULT-VALUE}).")
  int callDeadlineSeconds = 60;

  @Option(
      names = "--max-concurrent-calls",
      paramLabel = "N",
      defaultValue = "8",
      description =
          "Requests to Kayako in flight at once, over all tool calls (default: ${DEFAULT-VALUE}).")
  int maxConcurrentCalls = 8;

  @Option(
      names = "--no-cache",
      description =
          "Cache nothing: no lookup tables (departments, statuses, …), no search results.")
  boolean noCache;

  // ---- reports (issue 11) ----

  @Option(
      names = "--report-max-tickets",
      paramLabel = "N",
      defaultValue = "${env:KAYAKO_REPORT_MAX_TICKETS:-200000}",
      description =
          "Tickets one kayako_ticket_report or kayako_needs_attention call reads at most; an"
              + " answer that reaches the cap says so (default: ${DEFAULT-VALUE}).")
  int reportMaxTickets = 200_000;

  @Option(
      names = "--search-result-limit",
      paramLabel = "N",
      defaultValue = "${env:KAYAKO_SEARCH_RESULT_LIMIT:-100}",
      description =
          "Your helpdesk's search result limit (Admin CP): a search returning this many tickets"
              + " was cut short, so the server says so and recovers the newest matches (default:"
              + " ${DEFAULT-VALUE}; env KAYAKO_SEARCH_RESULT_LIMIT).")
  int searchResultLimit = 100;
}
