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
import dev.kayakomcp.emulator.dataset.AttachmentFactory.Blob;
import dev.kayakomcp.emulator.dataset.People.Customer;
import dev.kayakomcp.emulator.dataset.PostWriter.Ctx;
import dev.kayakomcp.emulator.dataset.PostWriter.Quote;
import dev.kayakomcp.emulator.dataset.Themes.Scenario;
import dev.kayakomcp.emulator.dataset.Themes.Theme;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.model.Watcher;
import dev.kayakomcp.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one ticket with its whole history: the conversation (whose shape follows the status: an
 * "Awaiting Customer" ticket ends with an agent reply, an "Open" one with the customer), the ticket
 * fields derived from it, attachments, staff notes, time tracks and custom field values.
 */
final class TicketWriter {

  private enum Role {
    USER,
    STAFF,
    PRIVATE,
    CC,
    THIRD
  }

  private static final String OFFICE_IP = "198.51.100.20";

  private static final String[] AMOUNTS = {"€49.00", "$99.00", "£240.00", "€1,428.00", "$19.99"};

  private static final String[] NOTE_TEXTS = {
    "Customer called, very frustrated. Promised an update by end of day.",
    "Checked the logs: first failure at 08:12 UTC, matches the deploy window.",
    "Possible duplicate of an older ticket from the same organisation.",
    "Please double-check the refund amount before approving.",
    "VIP account \u2014 keep the account manager informed.",
    "Workaround given; engineering fix still pending.",
    "Kunde spricht lieber Deutsch, bitte auf Deutsch antworten.",
  };

  private static final String[] FREE_TEXT_AUTHORS = {
    "Night shift (Marta K.)", "Billing automation", "Ops on-call",
  };

  private static final String[] TIME_TEXTS = {
    "Reproduced the issue and checked logs.",
    "Call with the customer.",
    "Investigated account settings and billing history.",
    "Tested the fix on staging.",
  };

  private static final Workflow REFUND = new Workflow(1, "Refund approval");
  private static final Workflow TIER2 = new Workflow(2, "Escalate to Tier 2");
  private static final Workflow TRIAGE = new Workflow(3, "Bug triage");

  private final Helpdesk h;
  private final SplittableRandom rnd;
  private final List<Customer> customers;
  private final List<List<Customer>> membersByOrg;
  private final Staffing staffing;
  private final CustomFieldCatalog fields;
  private final PostWriter writer;
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
    this.writer = new PostWriter(rnd);
    this.membersByOrg = new ArrayList<>();
    for (int i = 0; i <= h.organizations.size(); i++) {
      membersByOrg.add(new ArrayList<>());
    }
    for (Customer c : customers) {
      membersByOrg.get(c.organizationId).add(c);
    }
  }

  /** Writes ticket {@code id}, created at {@code created}, with mask id {@code displayId}. */
  void write(int id, String displayId, long created) {
    Theme theme = Themes.pick(rnd);
    Scenario scenario = theme.scenarios().get(rnd.nextInt(theme.scenarios().size()));
    String opening = pick(scenario.openings());
    String[][] followUps = Themes.followUps(opening);
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
    Role[] roles = roles(status, staffCreated, thirdPartyFor(theme) >= 0);
    int n = roles.length;

    long[] times = times(roles, created);
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

    // Which public agent reply solves the ticket: the last one, when it is resolved.
    int fixIndex = -1;
    if (resolved) {
      for (int i = n - 1; i >= 0; i--) {
        if (roles[i] == Role.STAFF && i > 0) {
          fixIndex = i;
          break;
        }
      }
    }

    List<Post> posts = new ArrayList<>(n);
    boolean detailsGiven = false;
    boolean firstAnswerGiven = false;
    boolean lastStaffWasProgress = false;
    Quote previous = null;
    long lastStaff = 0;
    long lastUser = 0;
    for (int i = 0; i < n; i++) {
      int postId = h.nextPostId++;
      long t = times[i];
      Role role = roles[i];
      List<Attachment> files = new ArrayList<>(1);
      Post post;
      switch (role) {
        case USER -> {
          String body;
          Blob blob = null;
          List<Blob> candidates = AttachmentFactory.forKind(theme.attach());
          if (i == 0) {
            body = PostWriter.fill(opening, ctx);
            if (!candidates.isEmpty() && rnd.nextInt(100) < 35) {
              blob = pick(candidates);
            }
          } else if (i > fixIndex && fixIndex >= 0) {
            body = PostWriter.fill(pick(followUps[1]), ctx);
          } else if (roles[i - 1] == Role.STAFF && !detailsGiven) {
            body = PostWriter.fill(scenario.details(), ctx);
            detailsGiven = true;
            if (!candidates.isEmpty() && rnd.nextInt(100) < 60) {
              blob = pick(candidates);
            }
          } else if (roles[i - 1] == Role.STAFF && !lastStaffWasProgress) {
            body = pick(followUps[2]);
          } else {
            body = pick(followUps[0]);
          }
          Quote q = i > 0 && previous != null && rnd.nextInt(100) < 35 ? previous : null;
          boolean html = rnd.nextInt(100) < 25;
          String contents =
              html
                  ? writer.customerHtml(body, ctx, q)
                  : writer.customerPlain(body, ctx, cust.designation, q);
          if (blob != null) {
            files.add(attachment(blob, id, postId, t));
          }
          boolean survey = resolved && i == n - 1 && i > fixIndex && rnd.nextInt(5) == 0;
          post =
              new Post(
                  postId,
                  id,
                  t,
                  cust.id,
                  cust.fullName,
                  email,
                  "",
                  ip,
                  !files.isEmpty(),
                  PostCreator.USER,
                  false,
                  html,
                  creationMode == 3,
                  0,
                  survey,
                  contents,
                  false,
                  files);
          lastUser = t;
          cust.firstActivity = Math.min(cust.firstActivity, t);
          cust.lastActivity = Math.max(cust.lastActivity, t);
          previous = new Quote(cust.fullName, t, body);
        }
        case STAFF -> {
          Staff agent =
              unassigned || rnd.nextInt(6) == 0 ? staffing.agent(rnd, dept, ageDays) : owner;
          String body;
          long chargeTime = 0;
          Blob blob = null;
          if (i == 0) {
            // A phone ticket logged by the agent.
            body =
                "Logged from a phone call with "
                    + cust.fullName
                    + ":\n\n"
                    + PostWriter.fill(opening, ctx);
          } else if (i == fixIndex) {
            body = PostWriter.fill(scenario.staffFix(), ctx);
            // Billing fixes come with a credit note (and a table of charges), quotes with a quote.
            if (theme.key().equals("billing") && rnd.nextBoolean()) {
              blob = AttachmentFactory.PDFS.get(1);
              chargeTime = created - 86_400;
            } else if (theme.key().equals("sales") && body.contains("attached")) {
              blob = AttachmentFactory.PDFS.get(2);
            }
          } else if (!firstAnswerGiven) {
            body = PostWriter.fill(scenario.staffFirst(), ctx);
          } else {
            body = pick(Themes.STAFF_PROGRESS);
          }
          lastStaffWasProgress = i > 0 && i != fixIndex && firstAnswerGiven;
          firstAnswerGiven |= i > 0;
          Ctx agentCtx = withStaff(ctx, agent);
          Quote q = previous != null && rnd.nextInt(100) < 20 ? previous : null;
          // A phone log is a note to the file, not a letter: no greeting, no signature.
          boolean html = i > 0 && rnd.nextInt(100) < 60;
          String contents =
              i == 0
                  ? body
                  : html
                      ? writer.staffHtml(body, agentCtx, agent, q, chargeTime)
                      : writer.staffPlain(body, agentCtx, agent, q);
          if (blob != null) {
            files.add(attachment(blob, id, postId, t));
          }
          post =
              new Post(
                  postId,
                  id,
                  t,
                  0,
                  agent.fullName(),
                  agent.email(),
                  email,
                  OFFICE_IP,
                  !files.isEmpty(),
                  PostCreator.STAFF,
                  false,
                  html,
                  true,
                  agent.id(),
                  false,
                  contents,
                  false,
                  files);
          lastStaff = t;
          previous = new Quote(agent.fullName(), t, body);
        }
        case PRIVATE -> {
          Staff agent = staffing.anyone(rnd);
          post =
              new Post(
                  postId,
                  id,
                  t,
                  0,
                  agent.fullName(),
                  agent.email(),
                  "",
                  OFFICE_IP,
                  false,
                  PostCreator.STAFF,
                  false,
                  false,
                  false,
                  agent.id(),
                  false,
                  pick(Themes.PRIVATE),
                  true,
                  files);
        }
        case CC -> {
          List<Customer> colleagues = membersByOrg.get(cust.organizationId);
          Customer cc = colleagues.get(rnd.nextInt(colleagues.size()));
          boolean sameAsCreator = cc == cust || cust.organizationId == 0;
          String name = sameAsCreator ? "IT Helpdesk" : cc.fullName;
          String ccEmail =
              sameAsCreator ? "it-helpdesk@" + email.substring(email.indexOf('@') + 1) : cc.email();
          String body = pick(Themes.CC);
          post =
              new Post(
                  postId,
                  id,
                  t,
                  sameAsCreator ? 0 : cc.id,
                  name,
                  ccEmail,
                  "",
                  "",
                  false,
                  PostCreator.CC,
                  false,
                  false,
                  true,
                  0,
                  false,
                  body + "\n\n" + name,
                  false,
                  files);
          lastUser = t;
          previous = new Quote(name, t, body);
        }
        case THIRD -> {
          String[] party = Themes.THIRD_PARTY[thirdPartyFor(theme)];
          boolean html = rnd.nextBoolean();
          StringBuilder b = new StringBuilder();
          if (html) {
            b.append("<p>");
            PostWriter.appendEscaped(b, party[2], "<br>");
            b.append("</p><p>Best regards,<br>");
            PostWriter.appendEscaped(b, party[0], " ");
            b.append("</p>");
          } else {
            b.append(party[2]).append("\n\nBest regards,\n").append(party[0]);
          }
          post =
              new Post(
                  postId,
                  id,
                  t,
                  0,
                  party[0],
                  party[1],
                  "",
                  "",
                  false,
                  PostCreator.THIRD_PARTY,
                  true,
                  html,
                  true,
                  0,
                  false,
                  b.toString(),
                  false,
                  files);
          previous = new Quote(party[0], t, party[2]);
        }
        default -> throw new IllegalStateException(role.name());
      }
      posts.add(post);
    }
    h.posts.put(id, posts);

    Post last = posts.get(n - 1);
    String subject = PostWriter.fill(pick(scenario.subjects()), ctx);
    if (rnd.nextInt(10) == 0) {
      subject = subject.toLowerCase(java.util.Locale.ROOT);
    } else if (priority >= PRIORITY_URGENT && rnd.nextInt(3) == 0) {
      subject = "URGENT: " + subject;
    }
    int slaPlan = enterprise ? 2 : 1;
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

    Ticket ticket =
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
            slaPlan,
            nextReplyDue,
            resolutionDue,
            n - 1,
            staffCreated ? OFFICE_IP : ip,
            staffCreated ? 1 : 2,
            creationMode,
            staffCreated ? 2 : 1,
            escalated,
            escalated ? (status == STATUS_ESCALATED_BILLING ? 2 : 1) : 0,
            LookupTables.TEMPLATE_GROUP_DEFAULT,
            tags(theme, enterprise, priority, status),
            LookupTables.TEMPLATE_GROUP_DEFAULT_NAME,
            watchers(),
            workflows(theme),
            List.of(),
            List.of(),
            null);
    h.tickets.put(id, ticket);

    notes(id, created, last.dateline(), dept, ageDays);
    timeTracks(id, posts, owner, unassigned);
    h.customFieldValues.put(id, fields.valuesFor(rnd, dept, created, inv));
  }

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

  /** The authors of the posts, in order, shaped so that the last one fits the status. */
  private Role[] roles(int status, boolean staffCreated, boolean thirdParty) {
    int n = 2 + rnd.nextInt(3) + (rnd.nextInt(4) == 0 ? rnd.nextInt(8) : 0);
    if (status == STATUS_OPEN && rnd.nextInt(100) < 40) {
      n = 1; // a fresh ticket nobody has answered yet
    }
    n = Math.min(n, 12);
    Role[] roles = new Role[n];
    roles[0] = staffCreated ? Role.STAFF : Role.USER;
    for (int i = 1; i < n; i++) {
      Role prev = roles[i - 1];
      int r = rnd.nextInt(100);
      roles[i] =
          switch (prev) {
            case USER, CC -> r < 80 ? Role.STAFF : r < 92 ? Role.USER : Role.CC;
            case STAFF ->
                r < 70
                    ? Role.USER
                    : r < 80
                        ? Role.PRIVATE
                        : r < 86
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

  private static Role[] atLeast(Role[] roles, int length) {
    if (roles.length >= length) {
      return roles;
    }
    Role[] longer = java.util.Arrays.copyOf(roles, length);
    for (int i = roles.length; i < length; i++) {
      longer[i] = longer[i - 1] == Role.USER ? Role.STAFF : Role.USER;
    }
    return longer;
  }

  /** Post times: realistic gaps per kind of reply, squeezed to end before {@code now}. */
  private long[] times(Role[] roles, long created) {
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

  private int creationMode(Theme theme) {
    int r = rnd.nextInt(100);
    if (theme.departmentId() == DEPT_MOBILE && r < 40) {
      return 6;
    }
    return r < 50 ? 3 : r < 80 ? 1 : r < 88 ? 4 : r < 95 ? 6 : 5;
  }

  /** The outside party who may join a ticket of this theme, or -1 when nobody would. */
  private static int thirdPartyFor(Theme theme) {
    return switch (theme.key()) {
      case "billing", "cancellation" -> 0;
      case "notifications" -> 1;
      case "login" -> 2;
      default -> -1;
    };
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

  private List<Watcher> watchers() {
    if (rnd.nextInt(100) >= 8) {
      return List.of();
    }
    Staff a = staffing.anyone(rnd);
    Staff b = staffing.anyone(rnd);
    return a.id() == b.id() || rnd.nextBoolean()
        ? List.of(new Watcher(a.id(), a.fullName()))
        : List.of(new Watcher(a.id(), a.fullName()), new Watcher(b.id(), b.fullName()));
  }

  private List<Workflow> workflows(Theme theme) {
    if (rnd.nextInt(100) >= 6) {
      return List.of();
    }
    return switch (theme.key()) {
      case "billing", "cancellation" -> List.of(REFUND);
      case "mobile", "export" -> List.of(TRIAGE, TIER2);
      default -> List.of(TIER2);
    };
  }

  private void notes(int ticketId, long from, long to, int dept, long ageDays) {
    if (rnd.nextInt(100) >= 25) {
      return;
    }
    int count = 1 + rnd.nextInt(2);
    List<Note> notes = new ArrayList<>(count);
    long t = from;
    for (int i = 0; i < count; i++) {
      t = Math.min(to, t + 1 + (long) (rnd.nextDouble() * Math.max(1, to - t)));
      boolean freeText = rnd.nextInt(100) < 8;
      Staff author = staffing.agent(rnd, dept, ageDays);
      int forStaff = rnd.nextInt(100) < 30 ? staffing.anyone(rnd).id() : 0;
      notes.add(
          new Note(
              NoteType.TICKET,
              h.nextNoteId++,
              ticketId,
              1 + rnd.nextInt(5),
              freeText ? 0 : author.id(),
              forStaff,
              freeText ? pick(FREE_TEXT_AUTHORS) : author.fullName(),
              t,
              pick(NOTE_TEXTS)));
    }
    h.ticketNotes.put(ticketId, notes);
  }

  private void timeTracks(int ticketId, List<Post> posts, Staff owner, boolean unassigned) {
    if (rnd.nextInt(100) >= 25) {
      return;
    }
    List<TimeTrack> tracks = new ArrayList<>(3);
    for (Post p : posts) {
      if (p.creator() != PostCreator.STAFF || tracks.size() == 3 || rnd.nextInt(3) == 0) {
        continue;
      }
      long worked = 60L * (5 + rnd.nextInt(116));
      long billable = worked * rnd.nextInt(3) / 2; // none, half or all of it
      Staff worker = h.staff.get(p.staffId());
      Staff creator = unassigned || rnd.nextInt(4) != 0 ? worker : owner;
      tracks.add(
          new TimeTrack(
              h.nextTimeTrackId++,
              ticketId,
              worked,
              billable,
              p.dateline(),
              p.dateline(),
              worker.id(),
              worker.fullName(),
              creator.id(),
              creator.fullName(),
              1 + rnd.nextInt(5),
              pick(TIME_TEXTS)));
    }
    if (!tracks.isEmpty()) {
      h.timeTracks.put(ticketId, tracks);
    }
  }

  private Attachment attachment(Blob blob, int ticketId, int postId, long t) {
    return new Attachment(
        h.nextAttachmentId++,
        ticketId,
        postId,
        blob.fileName(),
        blob.size(),
        blob.mimeType(),
        t,
        blob.base64());
  }

  private static Ctx withStaff(Ctx ctx, Staff agent) {
    return new Ctx(ctx.first(), ctx.full(), ctx.org(), ctx.inv(), ctx.amt(), agent.firstName());
  }

  private <T> T pick(T[] pool) {
    return pool[rnd.nextInt(pool.length)];
  }

  private <T> T pick(List<T> pool) {
    return pool.get(rnd.nextInt(pool.size()));
  }
}
