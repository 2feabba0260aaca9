package dev.kayakomcp.emulator.dataset;

import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_AWAITING_CUSTOMER;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_CLOSED;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_OPEN;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_RESOLVED;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The shape of a conversation before any text is written: who writes each post and when. The shape
 * follows the ticket's status (an "Awaiting Customer" ticket ends with an agent reply, an "Open"
 * one with the customer, a resolved one with the fix and often a thank-you).
 */
final class ConversationPlan {

  /** The author of a post. */
  enum Role {
    USER,
    STAFF,
    PRIVATE,
    CC,
    THIRD
  }

  private ConversationPlan() {}

  /** The authors of the posts, in order; 1 to 12 of them. */
  static Role[] roles(SplittableRandom rnd, int status, boolean staffCreated, boolean thirdParty) {
    int n = 2 + rnd.nextInt(3) + (rnd.nextInt(4) == 0 ? rnd.nextInt(8) : 0);
    if (status == STATUS_OPEN && rnd.nextInt(100) < 40) {
      n = 1; // a fresh ticket nobody has answered yet
    }
    n = Math.min(n, 12);
    Role[] roles = new Role[n];
    roles[0] = staffCreated ? Role.STAFF : Role.USER;
    for (int i = 1; i < n; i++) {
      int r = rnd.nextInt(100);
      roles[i] =
          switch (roles[i - 1]) {
            case USER, CC -> r < 80 ? Role.STAFF : r < 92 ? Role.USER : Role.CC;
            case STAFF ->
                r < 70
                    ? Role.USER
                    : r < 80
                        ? Role.PRIVATE
                        : r < 89
                            ? (thirdParty ? Role.THIRD : Role.CC)
                            : r < 94 ? Role.CC : Role.STAFF;
            case PRIVATE, THIRD -> Role.STAFF;
          };
    }
    boolean resolved = LookupTables.isResolved(status);
    boolean agentLast =
        status == STATUS_AWAITING_CUSTOMER
            || status == STATUS_CLOSED
            || (status == STATUS_RESOLVED && rnd.nextInt(10) < 7);
    if (agentLast) {
      roles = atLeast(roles, 2);
      roles[roles.length - 1] = Role.STAFF;
    } else if (resolved) {
      // The fix, then the customer's thanks.
      roles = atLeast(roles, 3);
      roles[roles.length - 1] = Role.USER;
      roles[roles.length - 2] = Role.STAFF;
    } else if (status == STATUS_OPEN && n > 1) {
      roles[n - 1] = Role.USER;
    }
    return roles;
  }

  /** The public agent reply that solves a resolved ticket (its last one), or -1. */
  static int fixIndex(Role[] roles, boolean resolved) {
    if (resolved) {
      for (int i = roles.length - 1; i > 0; i--) {
        if (roles[i] == Role.STAFF) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Post times: realistic gaps per kind of reply, squeezed to end before {@code now}. */
  static long[] times(SplittableRandom rnd, Role[] roles, long created, long now) {
    int n = roles.length;
    long[] gaps = new long[n];
    long sum = 0;
    for (int i = 1; i < n; i++) {
      double u = rnd.nextDouble();
      long gap =
          switch (roles[i]) {
            case STAFF -> 300 + (long) (u * u * 30 * 3_600);
            case USER ->
                roles[i - 1] == Role.USER
                    ? 86_400 + (long) (u * 3 * 86_400)
                    : 1_200 + (long) (u * u * 3 * 86_400);
            case PRIVATE -> 300 + (long) (u * 7_200);
            case CC -> 600 + (long) (u * 86_400);
            case THIRD -> 7_200 + (long) (u * 2 * 86_400);
          };
      gaps[i] = gap;
      sum += gap;
    }
    long room = now - 60 - created;
    long[] times = new long[n];
    times[0] = created;
    for (int i = 1; i < n; i++) {
      long gap = sum > room ? Math.max(1, gaps[i] * room / sum) : gaps[i];
      times[i] = times[i - 1] + gap;
    }
    return times;
  }

  private static Role[] atLeast(Role[] roles, int length) {
    if (roles.length >= length) {
      return roles;
    }
    Role[] longer = Arrays.copyOf(roles, length);
    for (int i = roles.length; i < length; i++) {
      longer[i] = longer[i - 1] == Role.USER ? Role.STAFF : Role.USER;
    }
    return longer;
  }
}
