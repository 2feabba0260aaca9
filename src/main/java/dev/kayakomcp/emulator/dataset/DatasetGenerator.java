package dev.kayakomcp.emulator.dataset;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserOrganization;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds a complete, plausible Kayako helpdesk from a seed: lookup tables, a staff team,
 * organisations and customers, and tickets spread over the 18 months before a reference time (more
 * of them recent), with conversations, notes, attachments, time tracks, custom field values and a
 * few merged ticket ids. The same seed, ticket count and reference time always give an equal
 * helpdesk; nothing reads the clock or an unseeded random source.
 *
 * <p>Fixed parts (ids are constants in {@link LookupTables}): departments 1 General Support, 2
 * Billing, 3 Technical Support, 4 Integrations and 5 Mobile Apps (children of 3), 6 Sales &amp;
 * Accounts, 7 Live Chat (livechat); statuses 1 Open, 2 In Progress, 3 Awaiting Customer, 4 On Hold,
 * 5 Resolved and 6 Closed (both resolved), 7 Escalated to Billing (Billing only); priorities 1 Low
 * to 5 Critical; types 1 Issue, 2 Question, 3 Bug, 4 Feature Request, 5 Task; 13 staff (id 13
 * disabled) in 4 groups; user groups 1 Registered, 2 Guest, 3 Enterprise Customers, 4 Partners;
 * template group 1 Default; custom field groups 1 to 4 with fields 1 to 14. Seeded parts: at least
 * 24 organisations and 240 users (more for large ticket counts), the tickets and everything on
 * them.
 */
public final class DatasetGenerator {

  /** The ticket count the emulator uses unless told otherwise. */
  public static final int DEFAULT_TICKETS = 500;

  private static final String[] USER_NOTES = {
    "Prefers e-mail over phone. Based in a different time zone, expect late replies.",
    "Account admin for their organisation; can approve changes for colleagues.",
    "Has asked for refunds several times this year \u2014 check history first.",
    "Beta tester for the new mobile app.",
    "Spricht Deutsch und Englisch.",
  };

  private static final String[] ORG_NOTES = {
    "Renewal negotiation in progress, contact the account manager before discounts.",
    "Enterprise customer with a 4-hour reply SLA.",
    "Uses SSO through their own identity provider.",
    "Invoices go to the finance department, PO number required.",
  };

  private DatasetGenerator() {}

  /**
   * Generates a helpdesk.
   *
   * @param seed any value; equal seeds give equal helpdesks
   * @param tickets how many live tickets to create (0 or more)
   * @param now the reference time; every date lies in the 18 months before it
   */
  public static Helpdesk generate(long seed, int tickets, Instant now) {
    if (tickets < 0) {
      throw new IllegalArgumentException("tickets must not be negative: " + tickets);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    long nowS = now.getEpochSecond();
    long windowStart = windowStart(now);

    Helpdesk h = new Helpdesk();
    LookupTables.fill(h);
    People.fillStaff(h);
    int userCount = Math.max(240, tickets / 4);
    People.fillOrganizations(h, rnd, Math.max(24, userCount / 10), windowStart);
    List<People.Customer> customers = People.customers(h, rnd, userCount);
    CustomFieldCatalog fields = new CustomFieldCatalog(h);
    fields.fill();

    long[] created = creationTimes(rnd, tickets, windowStart, nowS);
    TicketWriter writer = new TicketWriter(h, rnd, customers, fields, nowS);
    Set<Long> usedMasks = new HashSet<>(tickets * 2);
    int id = 1;
    for (int i = 0; i < tickets; i++) {
      if (i > 0 && (rnd.nextInt(150) == 0 || i == tickets / 3 || i == tickets / 2)) {
        // The id before this ticket belonged to a duplicate that was merged into it.
        h.mergedTicketIds.put(id, id + 1);
        id++;
      }
      writer.write(id, displayId(rnd, usedMasks), created[i]);
      id++;
    }

    People.fillUsers(h, rnd, customers, windowStart, nowS);
    userAndOrganizationNotes(h, rnd, nowS);

    h.nextTicketId = id;
    h.nextUserId = userCount + 1;
    return h;
  }

  /** The start of the dataset's time window: 18 calendar months before {@code now}. */
  public static long windowStart(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minusMonths(18).toEpochSecond();
  }

  /**
   * Ticket creation times in ascending order, so ids grow with time. Drawing the age as {@code span
   * * u^1.7} makes recent months denser; nothing is newer than 30 minutes before {@code now}.
   * StrictMath, not Math: Math.pow may differ by an ulp between interpreted and JIT-compiled code,
   * which would break same-seed equality inside one JVM.
   */
  private static long[] creationTimes(SplittableRandom rnd, int count, long start, long now) {
    long span = now - start - 1_800;
    long[] times = new long[count];
    for (int i = 0; i < count; i++) {
      long age = 1_800 + (long) (span * StrictMath.pow(rnd.nextDouble(), 1.7));
      times[i] = now - age;
    }
    Arrays.sort(times);
    return times;
  }

  /** A fresh mask id like {@code QXV-418-20573}. */
  private static String displayId(SplittableRandom rnd, Set<Long> used) {
    while (true) {
      int letters = rnd.nextInt(26 * 26 * 26);
      int three = rnd.nextInt(1000);
      int five = rnd.nextInt(100_000);
      if (!used.add(((long) letters * 1000 + three) * 100_000 + five)) {
        continue;
      }
      char[] c = new char[13];
      c[0] = (char) ('A' + letters / 676);
      c[1] = (char) ('A' + letters / 26 % 26);
      c[2] = (char) ('A' + letters % 26);
      c[3] = '-';
      c[4] = (char) ('0' + three / 100);
      c[5] = (char) ('0' + three / 10 % 10);
      c[6] = (char) ('0' + three % 10);
      c[7] = '-';
      for (int k = 0; k < 5; k++) {
        c[12 - k] = (char) ('0' + five % 10);
        five /= 10;
      }
      return new String(c);
    }
  }

  private static void userAndOrganizationNotes(Helpdesk h, SplittableRandom rnd, long now) {
    for (User u : h.users.values()) {
      if (rnd.nextInt(100) < 10) {
        h.userNotes.put(
            u.id(), notes(h, rnd, NoteType.USER, u.id(), u.dateline(), now, USER_NOTES));
      }
    }
    for (UserOrganization o : h.organizations.values()) {
      if (rnd.nextInt(100) < 30) {
        h.organizationNotes.put(
            o.id(),
            notes(h, rnd, NoteType.USER_ORGANIZATION, o.id(), o.dateline(), now, ORG_NOTES));
      }
    }
  }

  private static List<Note> notes(
      Helpdesk h,
      SplittableRandom rnd,
      NoteType type,
      int owner,
      long from,
      long now,
      String[] texts) {
    int count = 1 + rnd.nextInt(2);
    List<Note> out = new ArrayList<>(count);
    long t = Math.max(from, windowStart(Instant.ofEpochSecond(now)));
    for (int i = 0; i < count; i++) {
      t += (long) (rnd.nextDouble() * (now - t) / 2);
      Staff author = h.staff.get(1 + rnd.nextInt(h.staff.size() - 1));
      out.add(
          new Note(
              type,
              h.nextNoteId++,
              owner,
              1 + rnd.nextInt(5),
              author.id(),
              0,
              author.fullName(),
              t,
              texts[rnd.nextInt(texts.length)]));
    }
    return out;
  }
}
