package dev.kayakomcp.cli;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.SearchFlag;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.text.Passages;
import dev.kayakomcp.text.TicketIndex;
import dev.kayakomcp.text.TicketText;
import dev.kayakomcp.tools.FindSimilarTicketsTool;
import dev.kayakomcp.tools.KayakoTool;
import dev.kayakomcp.tools.Parallel;
import dev.kayakomcp.tools.SearchResultCache;
import dev.kayakomcp.tools.SearchTicketsTool;
import dev.kayakomcp.tools.TicketThemesTool;
import dev.kayakomcp.tools.ToolArgs;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The text tools' speed ({@code bench --text}), in process against a 1,500-ticket emulator: what
 * ranking adds to a 100-hit search, themes over 500 tickets warm and with latency on every Kayako
 * answer, similar tickets warm. Tools are called directly (no MCP framing), with the same pool size
 * as the server.
 */
final class BenchText {

  private static final int RUNS = 15;

  private BenchText() {}

  static void run(PrintStream out, long latencyMs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (KayakoEmulator emulator =
        KayakoEmulator.start(EmulatorOptions.defaults().tickets(1_500))) {
      emulator.settings().searchResultLimit(100);
      KayakoClient client =
          new KayakoClient(
              ClientSettings.of(
                  emulator.apiUrl(),
                  Secret.of(emulator.apiKey()),
                  Secret.of(emulator.secretKey())));
      // Nothing cached between runs, and a limit above Kayako's so the 100 hits are ranked alone.
      ToolContext context =
          ToolContext.builder(client, new Parallel(pool))
              .searchCache(SearchResultCache.disabled().resultLimit(1_000))
              .build();
      context.directory();
      String query = "password reset";
      EnumSet<SearchFlag> flags = EnumSet.of(SearchFlag.CONTENTS, SearchFlag.TICKET_ID);
      int hits = client.searchTickets(query, flags).size();
      double raw = median(() -> client.searchTickets(query, flags));
      double tool = median(() -> call(new SearchTicketsTool(), context, Map.of("query", query)));
      out.printf(
          "search '%s' (%d hits): raw Kayako search + parse %.1f ms, kayako_search_tickets"
              + " (ranked) %.1f ms: ranking and rendering add %.1f ms (median of %d)%n",
          query, hits, raw, tool, tool - raw, RUNS);

      List<Ticket> found = client.searchTickets(query, flags);
      double ranking =
          median(
              () -> {
                List<TicketText> texts = found.stream().map(TicketText::of).toList();
                TicketIndex index = TicketIndex.of(texts);
                index.rank(query, texts.size());
                texts.forEach(t -> Passages.best(index, t, query));
                return texts.size();
              });
      out.printf(
          "ranking alone (fold + index + BM25 + best passage of %d hits): %.1f ms (median of %d)%n",
          found.size(), ranking, RUNS);

      Map<String, Object> themeArgs = Map.of("max_tickets", 500);
      call(new TicketThemesTool(), context, themeArgs);
      double themes = median(() -> call(new TicketThemesTool(), context, themeArgs));
      out.printf("kayako_ticket_themes, 500 tickets, warm: %.0f ms (median of %d)%n", themes, RUNS);

      Ticket probe = emulator.helpdesk().tickets.firstEntry().getValue();
      Map<String, Object> similarArgs = Map.of("ticket_id", probe.id());
      call(new FindSimilarTicketsTool(), context, similarArgs);
      double similar = median(() -> call(new FindSimilarTicketsTool(), context, similarArgs));
      out.printf("kayako_find_similar_tickets, warm: %.0f ms (median of %d)%n", similar, RUNS);

      emulator.faults().latencyMs(latencyMs);
      long start = System.nanoTime();
      call(new TicketThemesTool(), context, themeArgs);
      out.printf(
          "kayako_ticket_themes, 500 tickets, %d ms latency per Kayako answer: %.0f ms (one run)%n",
          latencyMs, (System.nanoTime() - start) / 1e6);
      emulator.faults().latencyMs(0);
    } finally {
      pool.shutdownNow();
    }
  }

  private interface Step {
    Object run() throws Exception;
  }

  private static Object call(KayakoTool tool, ToolContext context, Map<String, Object> args)
      throws Exception {
    ToolResult r = tool.call(ToolArgs.of(args), context);
    return r.text().length();
  }

  private static double median(Step step) throws Exception {
    step.run();
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      step.run();
      ms.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(ms);
    return ms.get(ms.size() / 2);
  }
}
