package dev.kayakomcp.emulator.dataset;

import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_BILLING;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_GENERAL;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_INTEGRATIONS;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_MOBILE;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_SALES;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_TECHNICAL;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Staff;
import java.util.SplittableRandom;

/**
 * Who works which department's tickets. Each department has a small pool of agents, so owner and
 * reply statistics per agent look like a real team rather than a uniform spread.
 */
final class Staffing {

  private static final int[][] POOLS = new int[8][];

  static {
    POOLS[DEPT_GENERAL] = new int[] {2, 4, 8, 10, 12, 2, 8};
    POOLS[DEPT_BILLING] = new int[] {6, 9, 6};
    POOLS[DEPT_TECHNICAL] = new int[] {3, 11, 5, 7, 3};
    POOLS[DEPT_INTEGRATIONS] = new int[] {5, 3};
    POOLS[DEPT_MOBILE] = new int[] {7, 11};
    POOLS[DEPT_SALES] = new int[] {9, 1, 4};
  }

  private final Helpdesk h;

  Staffing(Helpdesk h) {
    this.h = h;
  }

  /** An agent of the department; the former agent only for tickets older than nine months. */
  Staff agent(SplittableRandom rnd, int departmentId, long ageDays) {
    if (ageDays > 270 && rnd.nextInt(8) == 0) {
      return h.staff.get(People.FORMER_STAFF_ID);
    }
    int[] pool = POOLS[departmentId];
    return h.staff.get(pool[rnd.nextInt(pool.length)]);
  }

  /** Any enabled agent, e.g. a colleague who adds a note or watches a ticket. */
  Staff anyone(SplittableRandom rnd) {
    return h.staff.get(1 + rnd.nextInt(People.FORMER_STAFF_ID - 1));
  }
}
