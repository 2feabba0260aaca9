package dev.kayakomcp.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.DefaultDictionaryImpl;

/**
 * Groups tickets into labelled themes with Carrot2 Lingo over subject and first customer message
 * (quotes and signatures already folded by {@link TicketText}). Lingo's clusters overlap; here each
 * ticket joins the largest theme that holds it, so counts add up. Tags are never read.
 */
public final class ThemeClusterer {

  /** One theme: its label and the tickets in it, in the order they were given. */
  public record Theme(String label, List<Integer> ticketIds) {}

  private static final Pattern REPEATS = Pattern.compile("(?i).*\\b(\\p{L}+)\\b.*\\b\\1\\b.*");

  /** The fewest tickets worth grouping. */
  public static final int MIN_TICKETS = 10;

  /** Greetings and closings that must never become a theme's label. */
  private static final List<String> SMALL_TALK =
      List.of(
          ("hi|hello|hey|dear|thanks|thank|thank you|please|asap|urgent|help|kind regards|regards|best regards"
                  + "|cheers|hallo|danke|bitte|bonjour|merci|hola|gracias|hi there|hello team|any update|need|today|morning|still|attached|screenshot attached|log attached|see attached")
              .split("\\|"));

  private ThemeClusterer() {}

  /**
   * The themes of these tickets, largest first; a theme needs at least two tickets. Tickets in no
   * theme are left out.
   *
   * @throws IllegalArgumentException with fewer than {@link #MIN_TICKETS} non-empty tickets
   */
  public static List<Theme> cluster(List<TicketText> tickets, int desiredThemes) {
    List<TicketText> usable = tickets.stream().filter(t -> !t.isEmpty()).toList();
    if (usable.size() < MIN_TICKETS) {
      throw new IllegalArgumentException(
          "only " + usable.size() + " tickets with text; at least " + MIN_TICKETS + " are needed");
    }
    LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
    lingo.desiredClusterCount.set(desiredThemes);
    // Tuned on the generated helpdesk (purity 0.80 -> 0.90, 0.97 with REPEATS below): the subject
    // says most about a
    // ticket, and a phrase ("Refund the duplicate charge") names a theme better than a word.
    lingo.matrixBuilder.boostFields.set("title");
    lingo.matrixBuilder.boostedFieldWeight.set(2.0);
    lingo.clusterBuilder.phraseLabelBoost.set(4.0);
    DefaultDictionaryImpl smallTalk = new DefaultDictionaryImpl();
    smallTalk.exact.set(SMALL_TALK);
    lingo.dictionaries.wordFilters.set(List.of(smallTalk));
    DefaultDictionaryImpl amounts = new DefaultDictionaryImpl();
    // "Charged 49.00" names a price, not an issue.
    amounts.regexp.set(".*\\d[.,]\\d.*");
    lingo.dictionaries.labelFilters.set(List.of(smallTalk, amounts));
    List<Doc> docs = usable.stream().map(Doc::new).toList();
    List<Cluster<Doc>> clusters =
        new ArrayList<>(lingo.cluster(docs.stream(), EnglishLexicon.COMPONENTS));
    clusters.sort(Comparator.comparingInt((Cluster<Doc> c) -> -c.getDocuments().size()));
    Set<Integer> taken = new HashSet<>();
    List<Theme> themes = new ArrayList<>();
    for (Cluster<Doc> c : clusters) {
      if (c.getLabels().isEmpty() || REPEATS.matcher(c.getLabels().get(0)).matches()) {
        // "Account is my Account": a label that repeats itself names no issue; its tickets may
        // still join another theme that holds them.
        continue;
      }
      List<Integer> ids = new ArrayList<>();
      for (Doc d : c.getDocuments()) {
        if (taken.add(d.text.ticketId())) {
          ids.add(d.text.ticketId());
        }
      }
      if (ids.size() >= 2 && !c.getLabels().isEmpty()) {
        themes.add(new Theme(c.getLabels().get(0), ids));
      }
    }
    themes.sort(Comparator.comparingInt((Theme t) -> -t.ticketIds().size()));
    return themes;
  }

  /**
   * The theme a ticket known only by its subject most likely belongs to: the themes of the five set
   * tickets whose text best matches the subject vote (BM25). -1 when none matches.
   *
   * @param index the set's tickets
   * @param themeOf the theme number of each set ticket in a theme
   */
  public static int classify(TicketIndex index, Map<Integer, Integer> themeOf, String subject) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (TicketIndex.Ranked r : index.rank(subject, 5, false)) {
      Integer theme = themeOf.get(r.ticketId());
      if (theme != null) {
        votes.merge(theme, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .filter(e -> e.getValue() >= 3)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(-1);
  }

  /** A ticket as Carrot2 reads it: the subject as title, the first customer message as content. */
  private record Doc(TicketText text) implements Document {
    @Override
    public void visitFields(java.util.function.BiConsumer<String, String> fieldConsumer) {
      fieldConsumer.accept("title", text.subject());
      fieldConsumer.accept("content", text.firstCustomerMessage());
    }
  }
}
