package dev.kayakomcp.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.dataset.DatasetGenerator;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.text.Analysis.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality of ranking, themes and similar tickets on a generated 1,500-ticket helpdesk, measured
 * against the theme the dataset generator wrote each ticket for. The generator puts that theme's
 * tags first, so the label is the first tag of the ticket as generated (the text machinery never
 * reads tags). Figures are printed for BENCHMARKS.md.
 */
class TextQualityTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** One query per theme, as a support lead would type it. */
  static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("password-reset", "password reset");
    QUERIES.put("login", "cannot log in");
    QUERIES.put("billing", "invoice charged twice");
    QUERIES.put("export", "export csv");
    QUERIES.put("performance", "slow loading");
    QUERIES.put("email", "notification emails");
    QUERIES.put("api", "api rate limit");
    QUERIES.put("mobile-app", "app crashes");
    QUERIES.put("feature-request", "feature request");
    QUERIES.put("cancellation", "cancel subscription refund");
    QUERIES.put("how-to", "read-only access permissions");
    QUERIES.put("sales", "upgrade quote");
  }

  static Helpdesk h;
  static Map<Integer, String> label = new HashMap<>();
  static List<TicketText> texts = new ArrayList<>();

  @BeforeAll
  static void generate() {
    h = DatasetGenerator.generate(7, 1500, NOW);
    for (Ticket t : h.tickets.values()) {
      label.put(t.id(), t.tags().split(" ")[0]);
      texts.add(TicketText.of(t.withPosts(h.posts.getOrDefault(t.id(), List.of()))));
    }
  }

  /** What Kayako's OR search would return: tickets whose subject or posts contain any word. */
  static List<TicketText> kayakoOr(String query) {
    List<String> words = Arrays.asList(query.toLowerCase(Locale.ROOT).split("\\s+"));
    return texts.stream()
        .filter(
            t -> {
              String all = t.all().toLowerCase(Locale.ROOT);
              return words.stream().anyMatch(all::contains);
            })
        .toList();
  }

  @Test
  void searchPrecisionAtTen() {
    double sum = 0;
    for (Map.Entry<String, String> q : QUERIES.entrySet()) {
      List<TicketText> hits = kayakoOr(q.getValue());
      TicketIndex index = TicketIndex.of(hits);
      List<TicketIndex.Ranked> top = index.rank(q.getValue(), 10);
      long right = top.stream().filter(r -> label.get(r.ticketId()).equals(q.getKey())).count();
      double p = right / 10.0;
      System.out.printf(
          "search %-16s '%s' hits=%d p@10=%.2f%n", q.getKey(), q.getValue(), hits.size(), p);
      sum += p;
    }
    double avg = sum / QUERIES.size();
    System.out.printf("SEARCH precision@10 avg = %.3f%n", avg);
    assertThat(avg).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void themePurity() {
    long start = System.nanoTime();
    List<ThemeClusterer.Theme> themes = ThemeClusterer.cluster(texts, 15);
    System.out.printf("themes took %d ms%n", (System.nanoTime() - start) / 1_000_000);
    int clustered = 0;
    int majority = 0;
    for (ThemeClusterer.Theme t : themes) {
      Map<String, Long> counts =
          t.ticketIds().stream().collect(Collectors.groupingBy(label::get, Collectors.counting()));
      long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
      clustered += t.ticketIds().size();
      majority += max;
      System.out.printf("theme %-40s %4d %s%n", t.label(), t.ticketIds().size(), counts);
    }
    double purity = (double) majority / clustered;
    System.out.printf(
        "THEMES %d purity %.3f covering %d of %d%n",
        themes.size(), purity, clustered, texts.size());
    assertThat(themes)
        .extracting(t -> t.label().toLowerCase(Locale.ROOT))
        .noneMatch(l -> l.matches("(kind |best )?regards|thanks?( you)?|hi|hello|please"));
    assertThat(purity).isGreaterThanOrEqualTo(0.8);
    assertThat(themes.size()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void similarPrecisionAtFive() {
    // Every 50th ticket as the probe: its distinctive words go to a simulated Kayako search, whose
    // hits are re-ranked.
    double sum = 0;
    int n = 0;
    for (int i = 0; i < texts.size(); i += 50) {
      TicketText probe = texts.get(i);
      String text = SimilarTerms.probeText(probe);
      TicketIndex self = TicketIndex.of(List.of(probe));
      Map<Lang, List<String>> terms = SimilarTerms.select(self, text, 4);
      Lang lang = Analysis.detect(text);
      List<String> words = SimilarTerms.surfaceWords(text, terms.get(lang), lang, 4);
      List<TicketText> candidates = kayakoOr(String.join(" ", words));
      TicketIndex index = TicketIndex.of(candidates);
      Map<Lang, List<String>> rankTerms = SimilarTerms.select(index, text, 25);
      List<TicketIndex.Ranked> top = index.similar(rankTerms, 5, Set.of(probe.ticketId()));
      String want = label.get(probe.ticketId());
      long right = top.stream().filter(r -> label.get(r.ticketId()).equals(want)).count();
      double p = top.isEmpty() ? 0 : right / 5.0;
      System.out.printf(
          "similar %d %-16s %s cands=%d p@5=%.2f%n",
          probe.ticketId(), want, words, candidates.size(), p);
      sum += p;
      n++;
    }
    double avg = sum / n;
    System.out.printf("SIMILAR precision@5 avg = %.3f over %d probes%n", avg, n);
    assertThat(avg).isGreaterThanOrEqualTo(0.8);
  }
}
