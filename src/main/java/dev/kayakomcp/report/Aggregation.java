package dev.kayakomcp.report;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The groups of one window of a report, filled ticket by ticket as list pages arrive; only figures
 * are kept, never the tickets. It also remembers the newest {@code sampleSize} tickets (id,
 * creation time, groups) whose conversations are read afterwards for response times.
 */
public final class Aggregation {

  /** A ticket picked for response times, with the groups it counts in. */
  public record Sampled(int ticketId, long created, List<GroupKey> keys) {}

  private final List<Dimension> dimensions;
  private final Directory directory;
  private final long now;
  private final int sampleSize;
  private final Map<GroupKey, GroupStats> groups = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final GroupStats total = new GroupStats();
  private final PriorityQueue<Sampled> newest =
      new PriorityQueue<>(
          Comparator.comparingLong(Sampled::created).thenComparingInt(Sampled::ticketId));

  /**
   * @param now the report's "now", Unix seconds (ages and waits are measured to it)
   * @param sampleSize how many of the newest tickets to keep for response times
   */
  public Aggregation(List<Dimension> dimensions, Directory directory, long now, int sampleSize) {
    this.dimensions = List.copyOf(dimensions);
    this.directory = directory;
    this.now = now;
    this.sampleSize = sampleSize;
  }

  /** Counts one ticket in the total and in each of its groups. */
  public synchronized void add(Ticket t) {
    boolean resolved = directory.isResolved(t.statusId());
    total.add(t, now, resolved);
    List<GroupKey> keys = keysOf(t);
    for (GroupKey key : keys) {
      groups.computeIfAbsent(key, k -> new GroupStats()).add(t, now, resolved);
    }
    if (sampleSize > 0) {
      newest.add(new Sampled(t.id(), t.creationTime(), keys));
      if (newest.size() > sampleSize) {
        newest.poll();
      }
    }
  }

  /** Adds the first response (null: no staff reply yet) of a sampled ticket. */
  public synchronized void addTimed(Sampled s, Long firstResponseSeconds) {
    total.addTimed(firstResponseSeconds);
    for (GroupKey key : s.keys()) {
      GroupStats g = groups.get(key);
      if (g != null) {
        g.addTimed(firstResponseSeconds);
      }
    }
  }

  /** The sampled tickets, newest first. */
  public synchronized List<Sampled> sample() {
    List<Sampled> out = new ArrayList<>(newest);
    out.sort(
        Comparator.comparingLong(Sampled::created).thenComparingInt(Sampled::ticketId).reversed());
    return out;
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  public long now() {
    return now;
  }

  public synchronized GroupStats total() {
    return total;
  }

  /**
   * The groups in display order: along a time dimension by time, otherwise largest first (ties by
   * name); with two dimensions, by the first, then the second.
   */
  public synchronized Map<GroupKey, GroupStats> groups() {
    List<GroupKey> keys = new ArrayList<>(groups.keySet());
    keys.sort(order());
    Map<GroupKey, GroupStats> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, groups.get(k)));
    return out;
  }

  /** The name of a group's value along dimension {@code index}. */
  public synchronized String label(GroupKey key, int index) {
    return labels.getOrDefault(index + ":" + key.ids().get(index), key.ids().get(index));
  }

  private Comparator<GroupKey> order() {
    Comparator<GroupKey> c = null;
    for (int i = 0; i < dimensions.size(); i++) {
      int index = i;
      Comparator<GroupKey> level;
      if (dimensions.get(i).isTime()) {
        level = Comparator.comparing(k -> k.ids().get(index));
      } else {
        Map<String, Integer> sizes = new HashMap<>();
        groups.forEach((k, g) -> sizes.merge(k.ids().get(index), g.count(), Integer::sum));
        level =
            Comparator.<GroupKey>comparingInt(k -> -sizes.get(k.ids().get(index)))
                .thenComparing(k -> label(k, index))
                .thenComparing(k -> k.ids().get(index));
      }
      c = c == null ? level : c.thenComparing(level);
    }
    return c == null ? (a, b) -> 0 : c;
  }

  private List<GroupKey> keysOf(Ticket t) {
    List<List<String>> combos = new ArrayList<>();
    combos.add(List.of());
    for (int i = 0; i < dimensions.size(); i++) {
      List<List<String>> next = new ArrayList<>();
      for (Dimension.Value v : dimensions.get(i).values(t, directory)) {
        labels.putIfAbsent(i + ":" + v.id(), v.label());
        for (List<String> prefix : combos) {
          List<String> ids = new ArrayList<>(prefix);
          ids.add(v.id());
          next.add(ids);
        }
      }
      combos = next;
    }
    return combos.stream().map(GroupKey::new).toList();
  }
}
