package dev.kayakomcp.report;

import java.util.Arrays;

/**
 * A growable list of durations or counts with the figures a report shows: median and p90 by nearest
 * rank (the value at position ⌈p·n⌉ of the sorted values, so always a value that occurred) and the
 * mean. Eight bytes a value: a report over 200,000 tickets holds a few megabytes.
 */
public final class Distribution {

  private long[] values = new long[8];
  private int size;
  private boolean sorted = true;

  public void add(long value) {
    sorted = false;
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  public int size() {
    return size;
  }

  /** The median by nearest rank, or null when empty. */
  public Long median() {
    return percentile(50);
  }

  /** The 90th percentile by nearest rank, or null when empty. */
  public Long p90() {
    return percentile(90);
  }

  /** The largest value, or null when empty. */
  public Long max() {
    return percentile(100);
  }

  /** The arithmetic mean rounded to the nearest whole unit, or null when empty. */
  public Long mean() {
    if (size == 0) {
      return null;
    }
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += values[i];
    }
    return Math.round(sum / size);
  }

  /** The value at nearest rank ⌈p/100 · n⌉ (1-based) of the sorted values; null when empty. */
  public Long percentile(int p) {
    if (size == 0) {
      return null;
    }
    if (!sorted) {
      // An answer asks for several percentiles, and is rendered more than once to fit the budget.
      Arrays.sort(values, 0, size);
      sorted = true;
    }
    int rank = (int) Math.ceil(p / 100.0 * size);
    return values[Math.max(1, rank) - 1];
  }
}
