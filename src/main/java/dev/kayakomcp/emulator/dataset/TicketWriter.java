package dev.kayakomcp.emulator.dataset;

import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_BILLING;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_GENERAL;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_MOBILE;
import static dev.kayakomcp.emulator.dataset.LookupTables.PRIORITY_URGENT;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_AWAITING_CUSTOMER;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_CLOSED;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_ESCALATED_BILLING;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_IN_PROGRESS;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_ON_HOLD;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_OPEN;
import static dev.kayakomcp.emulator.dataset.LookupTables.STATUS_RESOLVED;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.dataset.ConversationPlan.Role;
import dev.kayakomcp.emulator.dataset.People.Customer;
import dev.kayakomcp.emulator.dataset.PostWriter.Ctx;
import dev.kayakomcp.emulator.dataset.Themes.Scenario;
import dev.kayakomcp.emulator.dataset.Themes.Theme;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one ticket with its whole history: picks theme, customer, routing and status, has the
 * conversation written, derives the ticket fields from the posts (creation time, last activity,
 * last replies, replier, reply count), and adds notes, time tracks and custom field values.
 */
final class TicketWriter {

  private static final String[] AMOUNTS = {"€49.00", "$99.00", "£240.00", "€1,428.00", "$19.99"};

  private final Helpdesk h;
  private final SplittableRandom rnd;
  private final List<Customer> customers;
  private final Staffing staffing;
  private final CustomFieldCatalog fields;
  private final ConversationWriter conversations;
  private final StaffRecords staffRecords;
  private final long now;

  TicketWriter(
      Helpdesk h,
      SplittableRandom rnd,
      List<Customer> customers,
      CustomFieldCatalog fields,
      long now) {
    this.h = h;
    this.rnd = rnd;
    this.customers = customers;
    this.fields = fields;
    this.now = now;
    this.staffing = new Staffing(h);
    List<List<Customer>> membersByOrg = new ArrayList<>();
    for (int i = 0; i <= h.organizations.size(); i++) {
      membersByOrg.add(new ArrayList<>());
    }
    for (Customer c : customers) {
      membersByOrg.get(c.organizationId).add(c);
    }
    this.conversations = new ConversationWriter(h, rnd, staffing, membersByOrg);
    this.staffRecords = new StaffRecords(h, rnd, staffing);
  }

  /** Writes ticket {@code id}, created at {@code created}, with mask id {@code displayId}. */
  void write(int id, String displayId, long created) {
    Theme theme = Themes.pick(rnd);
    Scenario scenario = theme.scenarios().get(rnd.nextInt(theme.scenarios().size()));
    String opening = scenario.openings()[rnd.nextInt(scenario.openings().length)];
    // A few heavy users and a long tail, as in any helpdesk.
    Customer cust = customers.get((int) (customers.size() * StrictMath.pow(rnd.nextDouble(), 1.8)));
    long ageDays = (now - created) / 86_400;
    // Phone tickets start with an agent post, but the customer was active all the same.
    cust.firstActivity = Math.min(cust.firstActivity, created);
    cust.lastActivity = Math.max(cust.lastActivity, created);

    int dept = rnd.nextInt(100) < 7 ? DEPT_GENERAL : theme.departmentId();
    int type = rnd.nextInt(100) < 12 ? 1 + rnd.nextInt(5) : theme.typeId();
    int priority = 1 + Themes.weighted(rnd, theme.priorityWeights());
    boolean enterprise = cust.userGroupId == LookupTables.USER_GROUP_ENTERPRISE;
    if (enterprise && priority < 5 && rnd.nextInt(4) == 0) {
      priority++;
    }
    int status = status(ageDays, dept);
    boolean resolved = LookupTables.isResolved(status);
    Staff owner = staffing.agent(rnd, dept, ageDays);
    boolean unassigned = rnd.nextInt(100) < (resolved ? 3 : 15);
    boolean staffCreated = rnd.nextInt(100) < 5;
    String email =
        cust.emails.size() > 1 && rnd.nextInt(10) < 3 ? cust.emails.get(1) : cust.email();
    String ip = "203.0.113." + (1 + cust.id % 254);
    int creationMode = staffCreated ? 2 : creationMode(theme);
    String inv = "INV-" + (1970 + created / 31_557_600) + "-" + (1000 + rnd.nextInt(9000));
    Ctx ctx =
        new Ctx(
            Names.firstName(cust.fullName),
            cust.fullName,
            cust.organizationName,
            inv,
            AMOUNTS[rnd.nextInt(AMOUNTS.length)],
            owner.firstName());

    Role[] roles =
        ConversationPlan.roles(
            rnd, status, staffCreated, ConversationWriter.thirdPartyFor(theme) >= 0);
    long[] times = ConversationPlan.times(rnd, roles, created, now);
    ConversationWriter.Brief brief =
        new ConversationWriter.Brief(
            id,
            created,
            theme,
            scenario,
            opening,
            cust,
            email,
            ip,
            ctx,
            owner,
            unassigned,
            dept,
            ageDays,
            creationMode,
            resolved);
    List<Post> posts = conversations.write(brief, roles, times);
    h.posts.put(id, posts);

    Post last = posts.get(posts.size() - 1);
    long lastStaff = 0;
    long lastUser = 0;
    for (Post p : posts) {
      if (p.creator() == PostCreator.STAFF && !p.isPrivate()) {
        lastStaff = p.dateline();
      } else if (p.creator() == PostCreator.USER || p.creator() == PostCreator.CC) {
        lastUser = p.dateline();
      }
    }
    String subject = PostWriter.fill(pick(scenario.subjects()), ctx);
    if (rnd.nextInt(10) == 0) {
      subject = subject.toLowerCase(Locale.ROOT);
    } else if (priority >= PRIORITY_URGENT && rnd.nextInt(3) == 0) {
      subject = "URGENT: " + subject;
    }
    // SLA clocks run only on open tickets, and not while on hold.
    long nextReplyDue = 0;
    long resolutionDue = 0;
    if (!resolved && status != STATUS_ON_HOLD) {
      if (last.creator() != PostCreator.STAFF || last.isPrivate()) {
        nextReplyDue = last.dateline() + (enterprise ? 4 : 24) * 3_600L;
      }
      resolutionDue = created + (enterprise ? 3 : 7) * 86_400L;
    }
    boolean escalated =
        status == STATUS_ESCALATED_BILLING || (priority >= 4 && rnd.nextInt(100) < 20);

    h.tickets.put(
        id,
        new Ticket(
            id,
            rnd.nextInt(100) < 12 ? 1 + rnd.nextInt(6) : 0,
            displayId,
            dept,
            status,
            priority,
            type,
            cust.id,
            cust.organizationName,
            cust.organizationId,
            unassigned ? 0 : owner.id(),
            unassigned ? "" : owner.fullName(),
            cust.fullName,
            email,
            last.fullName(),
            subject,
            created,
            last.dateline(),
            lastStaff,
            lastUser,
            enterprise ? 2 : 1,
            nextReplyDue,
            resolutionDue,
            posts.size() - 1,
            staffCreated ? ConversationWriter.OFFICE_IP : ip,
            staffCreated ? 1 : 2,
            creationMode,
            staffCreated ? 2 : 1,
            escalated,
            escalated ? (status == STATUS_ESCALATED_BILLING ? 2 : 1) : 0,
            LookupTables.TEMPLATE_GROUP_DEFAULT,
            tags(theme, enterprise, priority, status),
            LookupTables.TEMPLATE_GROUP_DEFAULT_NAME,
            staffRecords.watchers(),
            staffRecords.workflows(theme),
            List.of(),
            List.of(),
            null));

    staffRecords.notes(id, created, last.dateline(), dept, ageDays);
    staffRecords.timeTracks(id, posts, owner, unassigned);
    h.customFieldValues.put(id, fields.valuesFor(rnd, dept, created, inv));
  }

  /** Old tickets are mostly resolved or closed, recent ones mostly still open. */
  private int status(long ageDays, int dept) {
    int openPercent =
        ageDays < 1 ? 90 : ageDays < 3 ? 70 : ageDays < 14 ? 45 : ageDays < 45 ? 15 : 3;
    if (rnd.nextInt(100) >= openPercent) {
      int closedPercent = ageDays > 60 ? 55 : 20;
      return rnd.nextInt(100) < closedPercent ? STATUS_CLOSED : STATUS_RESOLVED;
    }
    if (dept == DEPT_BILLING && rnd.nextInt(100) < 35) {
      return STATUS_ESCALATED_BILLING;
    }
    int r = rnd.nextInt(100);
    return r < 35
        ? STATUS_OPEN
        : r < 60 ? STATUS_IN_PROGRESS : r < 88 ? STATUS_AWAITING_CUSTOMER : STATUS_ON_HOLD;
  }

  private int creationMode(Theme theme) {
    int r = rnd.nextInt(100);
    if (theme.departmentId() == DEPT_MOBILE && r < 40) {
      return 6;
    }
    return r < 50 ? 3 : r < 80 ? 1 : r < 88 ? 4 : r < 95 ? 6 : 5;
  }

  private String tags(Theme theme, boolean enterprise, int priority, int status) {
    StringBuilder b = new StringBuilder(theme.tags());
    if (enterprise && rnd.nextBoolean()) {
      b.append(" vip");
    }
    if (priority >= PRIORITY_URGENT) {
      b.append(" urgent");
    }
    if (status == STATUS_AWAITING_CUSTOMER) {
      b.append(" follow-up");
    }
    return b.toString();
  }

  private <T> T pick(T[] pool) {
    return pool[rnd.nextInt(pool.length)];
  }
}
