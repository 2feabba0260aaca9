package dev.kayakomcp.text;

import dev.kayakomcp.text.Analysis.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of a few hundred or thousand tickets, ranked with BM25 (Lucene's
 * default similarity). Each ticket has three fields, subject, customer and staff text, and each is
 * indexed under the analysis of its own language; queries are analysed both ways and the subject
 * weighs most.
 */
public final class TicketIndex {

  /** One ranked ticket. */
  public record Ranked(int ticketId, float score) {}

  /** The fields and their weights: the subject says most, staff replies least. */
  private static final List<Map.Entry<String, Float>> FIELDS =
      List.of(Map.entry("subject", 3.0f), Map.entry("customer", 1.0f), Map.entry("staff", 0.5f));

  private static final Analyzer PER_FIELD =
      new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
          return Analysis.analyzer(fieldName.endsWith("_plain") ? Lang.OTHER : Lang.ENGLISH);
        }
      };

  private final Map<Integer, TicketText> texts = new HashMap<>();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private TicketIndex(List<TicketText> docs) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    // A short-lived index: one segment, no compound file, no commit (the reader is opened from
    // the writer).
    IndexWriterConfig config =
        new IndexWriterConfig(PER_FIELD).setUseCompoundFile(false).setCommitOnClose(false);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (TicketText t : docs) {
        if (texts.putIfAbsent(t.ticketId(), t) == null) {
          writer.addDocument(document(t));
        }
      }
      reader = DirectoryReader.open(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing in memory cannot fail", e);
    }
    searcher = new IndexSearcher(reader);
  }

  /** An index of these tickets (a ticket id seen twice is indexed once). */
  public static TicketIndex of(List<TicketText> docs) {
    return new TicketIndex(docs);
  }

  /** How many tickets the index holds. */
  public int size() {
    return texts.size();
  }

  /** The text of an indexed ticket, or null. */
  public TicketText text(int ticketId) {
    return texts.get(ticketId);
  }

  /** The tickets matching any word of {@code query}, best first; ties keep index order. */
  public List<Ranked> rank(String query, int max) {
    return rank(query, max, true);
  }

  /**
   * {@link #rank(String, int)}; {@code phrase} false leaves out the bonus for words side by side
   * (cheaper, for many short queries such as subjects).
   */
  public List<Ranked> rank(String query, int max, boolean phrase) {
    Map<Lang, List<String>> terms = new HashMap<>();
    for (Lang lang : Lang.values()) {
      terms.put(lang, distinct(Analysis.terms(lang, query)));
    }
    return run(weighted(terms, phrase), max, Set.of());
  }

  /**
   * The tickets most like {@code probe}: its distinctive terms (picked by {@link SimilarTerms})
   * searched over every field with the subject weighted up. {@code exclude} ids never appear.
   */
  public List<Ranked> similar(Map<Lang, List<String>> probeTerms, int max, Set<Integer> exclude) {
    return run(weighted(probeTerms, false), max, exclude);
  }

  /** The index's reader, for term statistics (read-only). */
  DirectoryReader reader() {
    return reader;
  }

  /** How rare a term is over the field in this index: BM25's idf, 0 when unknown. */
  double idf(String field, String term) {
    try {
      int df = reader.docFreq(new Term(field, term));
      if (df == 0) {
        return 0;
      }
      int n = reader.numDocs();
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Ranked> run(Query query, int max, Set<Integer> exclude) {
    if (max <= 0 || texts.isEmpty()) {
      return List.of();
    }
    try {
      ScoreDoc[] hits = searcher.search(query, max + exclude.size()).scoreDocs;
      List<Ranked> out = new ArrayList<>();
      for (ScoreDoc hit : hits) {
        int id = idOf(hit.doc);
        if (!exclude.contains(id) && out.size() < max) {
          out.add(new Ranked(id, hit.score));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("searching in memory cannot fail", e);
    }
  }

  /** The ticket id of a document, from doc values (stored fields would decompress a block). */
  private int idOf(int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues ids = leaf.reader().getNumericDocValues("id");
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no ticket id");
    }
    return (int) ids.longValue();
  }

  private static Query weighted(Map<Lang, List<String>> termsByLang, boolean phrase) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, Float> f : FIELDS) {
      for (Lang lang : Lang.values()) {
        List<String> terms = termsByLang.getOrDefault(lang, List.of());
        if (terms.isEmpty()) {
          continue;
        }
        String field = lang.field(f.getKey());
        BooleanQuery.Builder one = new BooleanQuery.Builder();
        for (String t : terms) {
          one.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        }
        if (phrase && terms.size() > 1 && terms.size() <= 8) {
          // The words side by side (a little slop for a stop word between) rank above scattered.
          one.add(new PhraseQuery(2, field, terms.toArray(String[]::new)), Occur.SHOULD);
        }
        all.add(new BoostQuery(one.build(), f.getValue()), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? new BooleanQuery.Builder().build() : all.build();
  }

  private static Document document(TicketText t) {
    Document d = new Document();
    d.add(new NumericDocValuesField("id", t.ticketId()));
    Lang customerLang = Analysis.detect(t.subject() + "\n" + t.customerText());
    add(d, customerLang.field("subject"), t.subject());
    add(d, customerLang.field("customer"), t.customerText());
    add(d, Analysis.detect(t.staffText()).field("staff"), t.staffText());
    return d;
  }

  private static void add(Document d, String field, String text) {
    if (!text.isBlank()) {
      d.add(new TextField(field, text, Field.Store.NO));
    }
  }

  private static List<String> distinct(List<String> terms) {
    return new ArrayList<>(new LinkedHashSet<>(terms));
  }
}
