package dev.kayakomcp.client;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The time one tool call may spend on Kayako, shared by every request it makes: each request's
 * timeout is bounded by what is left, and retries stop when nothing is. Held per thread; {@link
 * #propagate} carries it to a pool thread running part of the same call.
 *
 * <p>Without a deadline (the CLI, tests calling the client directly) only the per-request timeout
 * applies.
 */
public final class CallDeadline {

  private record Budget(long deadlineNanos, Duration total) {}

  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  private CallDeadline() {}

  /** Runs {@code body} with a deadline {@code budget} from now (nested calls keep the earlier). */
  public static <T> T within(Duration budget, Supplier<T> body) {
    Budget outer = CURRENT.get();
    Budget mine = new Budget(System.nanoTime() + budget.toNanos(), budget);
    if (outer != null && outer.deadlineNanos() - mine.deadlineNanos() < 0) {
      mine = outer;
    }
    CURRENT.set(mine);
    try {
      return body.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * Runs {@code body} with a deadline {@code budget} from now, whatever deadline the caller runs
   * under: for the reads after a write whose answer was lost, which must not inherit the time the
   * write already spent.
   */
  public static <T> T fresh(Duration budget, Supplier<T> body) {
    Budget outer = CURRENT.get();
    CURRENT.set(new Budget(System.nanoTime() + budget.toNanos(), budget));
    try {
      return body.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The task, running under the calling thread's deadline (if any) wherever it is executed. */
  public static <T> Callable<T> propagate(Callable<T> task) {
    Budget captured = CURRENT.get();
    if (captured == null) {
      return task;
    }
    return () -> {
      Budget before = CURRENT.get();
      CURRENT.set(captured);
      try {
        return task.call();
      } finally {
        if (before == null) {
          CURRENT.remove();
        } else {
          CURRENT.set(before);
        }
      }
    };
  }

  /** Whether this thread runs under a deadline with less than {@code margin} left. */
  public static boolean almostSpent(Duration margin) {
    Duration left = remaining();
    return left != null && left.compareTo(margin) < 0;
  }

  /** Whether this thread runs under a deadline. */
  static boolean active() {
    return CURRENT.get() != null;
  }

  /** Time left, or null without a deadline; never negative. */
  static Duration remaining() {
    Budget b = CURRENT.get();
    if (b == null) {
      return null;
    }
    long left = b.deadlineNanos() - System.nanoTime();
    return Duration.ofNanos(Math.max(0, left));
  }

  /** The whole budget of the current call, or null. */
  static Duration total() {
    Budget b = CURRENT.get();
    return b == null ? null : b.total();
  }

  /** {@code limit}, shortened to what is left of the deadline. */
  static Duration bound(Duration limit) {
    Duration left = remaining();
    return left == null || left.compareTo(limit) >= 0 ? limit : left;
  }
}
