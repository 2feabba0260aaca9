package dev.kayakomcp.format;

import java.util.function.IntFunction;

/**
 * The size limit on one tool result. Results that would be larger drop whole items — never a part
 * of an item or of a JSON document — and say what was left out.
 */
public final class ResponseBudget {

  /** No tool result is longer than this many characters. */
  public static final int MAX_CHARS = 25_000;

  private ResponseBudget() {}

  /**
   * The largest count {@code n <= total} for which {@code size.apply(n) <= maxChars}; 0 when even
   * an empty rendering is too large. Sizes must not shrink as n grows.
   */
  public static int fit(int total, IntFunction<Integer> size, int maxChars) {
    if (size.apply(total) <= maxChars) {
      return total;
    }
    int lo = 0;
    int hi = total;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (size.apply(mid) <= maxChars) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
