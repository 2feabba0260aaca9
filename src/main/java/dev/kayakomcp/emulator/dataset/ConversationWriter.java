package dev.kayakomcp.emulator.dataset;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.dataset.AttachmentFactory.Blob;
import dev.kayakomcp.emulator.dataset.ConversationPlan.Role;
import dev.kayakomcp.emulator.dataset.People.Customer;
import dev.kayakomcp.emulator.dataset.PostWriter.Ctx;
import dev.kayakomcp.emulator.dataset.PostWriter.Quote;
import dev.kayakomcp.emulator.dataset.Themes.Scenario;
import dev.kayakomcp.emulator.dataset.Themes.Theme;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the posts of one ticket from its {@link ConversationPlan}: the opening, the agent's
 * questions, the customer's details, nudges, progress updates, the fix and the thanks, plus private
 * agent posts, colleagues on CC and outside parties, with attachments where a customer would send
 * one. Holds the state of the conversation being written, so one instance serves one ticket at a
 * time (generation is single-threaded).
 */
final class ConversationWriter {

  static final String OFFICE_IP = "198.51.100.20";

  /** Everything about the ticket that its posts depend on. */
  record Brief(
      int ticketId,
      long created,
      Theme theme,
      Scenario scenario,
      String opening,
      Customer customer,
      String email,
      String ip,
      Ctx ctx,
      Staff owner,
      boolean unassigned,
      int departmentId,
      long ageDays,
      int creationMode,
      boolean resolved) {}

  private final Helpdesk h;
  private final SplittableRandom rnd;
  private final PostWriter writer;
  private final Staffing staffing;
  private final List<List<Customer>> membersByOrg;

  // State of the conversation being written.
  private Brief b;
  private String[][] followUps;
  private int fixIndex;
  private boolean detailsGiven;
  private boolean firstAnswerGiven;
  private boolean lastStaffWasProgress;
  private Quote previous;

  ConversationWriter(
      Helpdesk h, SplittableRandom rnd, Staffing staffing, List<List<Customer>> membersByOrg) {
    this.h = h;
    this.rnd = rnd;
    this.writer = new PostWriter(rnd);
    this.staffing = staffing;
    this.membersByOrg = membersByOrg;
  }

  /** The posts, in order, with fresh post and attachment ids. */
  List<Post> write(Brief brief, Role[] roles, long[] times) {
    b = brief;
    followUps = Themes.followUps(brief.opening());
    fixIndex = ConversationPlan.fixIndex(roles, brief.resolved());
    detailsGiven = false;
    firstAnswerGiven = false;
    lastStaffWasProgress = false;
    previous = null;
    List<Post> posts = new ArrayList<>(roles.length);
    for (int i = 0; i < roles.length; i++) {
      int postId = h.nextPostId++;
      long t = times[i];
      posts.add(
          switch (roles[i]) {
            case USER -> customerPost(i, postId, t, i > 0 ? roles[i - 1] : null, roles.length);
            case STAFF -> agentPost(i, postId, t);
            case PRIVATE -> privatePost(postId, t);
            case CC -> ccPost(postId, t);
            case THIRD -> thirdPartyPost(postId, t);
          });
    }
    return posts;
  }

  private Post customerPost(int i, int postId, long t, Role before, int count) {
    Customer cust = b.customer();
    Ctx ctx = b.ctx();
    List<Blob> candidates = AttachmentFactory.forKind(b.theme().attach());
    String body;
    Blob blob = null;
    if (i == 0) {
      body = PostWriter.fill(b.opening(), ctx);
      if (!candidates.isEmpty() && rnd.nextInt(100) < 35) {
        blob = pick(candidates);
      }
    } else if (fixIndex >= 0 && i > fixIndex) {
      body = PostWriter.fill(pick(followUps[1]), ctx);
    } else if (before == Role.STAFF && !detailsGiven) {
      body = PostWriter.fill(b.scenario().details(), ctx);
      detailsGiven = true;
      if (!candidates.isEmpty() && rnd.nextInt(100) < 60) {
        blob = pick(candidates);
      }
    } else if (before == Role.STAFF && !lastStaffWasProgress) {
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
    List<Attachment> files = blob == null ? List.of() : List.of(attachment(blob, postId, t));
    boolean survey = b.resolved() && i == count - 1 && i > fixIndex && rnd.nextInt(5) == 0;
    cust.firstActivity = Math.min(cust.firstActivity, t);
    cust.lastActivity = Math.max(cust.lastActivity, t);
    previous = new Quote(cust.fullName, t, body);
    return new Post(
        postId,
        b.ticketId(),
        t,
        cust.id,
        cust.fullName,
        b.email(),
        "",
        b.ip(),
        !files.isEmpty(),
        PostCreator.USER,
        false,
        html,
        b.creationMode() == 3,
        0,
        survey,
        contents,
        false,
        files);
  }

  private Post agentPost(int i, int postId, long t) {
    Staff agent =
        b.unassigned() || rnd.nextInt(6) == 0
            ? staffing.agent(rnd, b.departmentId(), b.ageDays())
            : b.owner();
    Ctx ctx = b.ctx();
    String body;
    long chargeTime = 0;
    Blob blob = null;
    if (i == 0) {
      body =
          "Logged from a phone call with "
              + b.customer().fullName
              + ":\n\n"
              + PostWriter.fill(b.opening(), ctx);
    } else if (i == fixIndex) {
      body = PostWriter.fill(b.scenario().staffFix(), ctx);
      // Refunds come with a credit note (and a table of charges), reissues with the invoice,
      // quotes with the quote.
      boolean billing = b.theme().key().equals("billing");
      if (billing && body.contains("credit note") && rnd.nextInt(4) != 0) {
        blob = AttachmentFactory.PDFS.get(1);
        chargeTime = b.created() - 86_400;
      } else if (billing && body.contains("reissued")) {
        blob = AttachmentFactory.PDFS.get(0);
      } else if (b.theme().key().equals("sales") && body.contains("attached")) {
        blob = AttachmentFactory.PDFS.get(2);
      }
    } else if (!firstAnswerGiven) {
      body = PostWriter.fill(b.scenario().staffFirst(), ctx);
    } else {
      body = pick(Themes.STAFF_PROGRESS);
    }
    lastStaffWasProgress = i > 0 && i != fixIndex && firstAnswerGiven;
    firstAnswerGiven |= i > 0;
    Ctx agentCtx =
        new Ctx(ctx.first(), ctx.full(), ctx.org(), ctx.inv(), ctx.amt(), agent.firstName());
    Quote q = previous != null && rnd.nextInt(100) < 20 ? previous : null;
    // A phone log is a note to the file, not a letter: no greeting, no signature.
    boolean html = i > 0 && rnd.nextInt(100) < 60;
    String contents =
        i == 0
            ? body
            : html
                ? writer.staffHtml(body, agentCtx, agent, q, chargeTime)
                : writer.staffPlain(body, agentCtx, agent, q);
    List<Attachment> files = blob == null ? List.of() : List.of(attachment(blob, postId, t));
    previous = new Quote(agent.fullName(), t, body);
    return new Post(
        postId,
        b.ticketId(),
        t,
        0,
        agent.fullName(),
        agent.email(),
        b.email(),
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
  }

  private Post privatePost(int postId, long t) {
    Staff agent = staffing.anyone(rnd);
    return new Post(
        postId,
        b.ticketId(),
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
        List.of());
  }

  private Post ccPost(int postId, long t) {
    Customer cust = b.customer();
    List<Customer> colleagues = membersByOrg.get(cust.organizationId);
    Customer cc = colleagues.get(rnd.nextInt(colleagues.size()));
    // Without a colleague on record, the copy went to the customer's own IT mailbox.
    boolean noColleague = cc == cust || cust.organizationId == 0;
    String name = noColleague ? "IT Helpdesk" : cc.fullName;
    String email =
        noColleague ? "it-helpdesk@" + b.email().substring(b.email().indexOf('@') + 1) : cc.email();
    String body = pick(Themes.CC);
    previous = new Quote(name, t, body);
    return new Post(
        postId,
        b.ticketId(),
        t,
        noColleague ? 0 : cc.id,
        name,
        email,
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
        List.of());
  }

  private Post thirdPartyPost(int postId, long t) {
    String[] party = Themes.THIRD_PARTY[thirdPartyFor(b.theme())];
    boolean html = rnd.nextBoolean();
    StringBuilder text = new StringBuilder();
    if (html) {
      text.append("<p>");
      PostWriter.appendEscaped(text, party[2], "<br>");
      text.append("</p><p>Best regards,<br>");
      PostWriter.appendEscaped(text, party[0], " ");
      text.append("</p>");
    } else {
      text.append(party[2]).append("\n\nBest regards,\n").append(party[0]);
    }
    previous = new Quote(party[0], t, party[2]);
    return new Post(
        postId,
        b.ticketId(),
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
        text.toString(),
        false,
        List.of());
  }

  /** The outside party who may join a ticket of this theme, or -1 when nobody would. */
  static int thirdPartyFor(Theme theme) {
    return switch (theme.key()) {
      case "billing", "cancellation" -> 0;
      case "notifications" -> 1;
      case "login" -> 2;
      default -> -1;
    };
  }

  private Attachment attachment(Blob blob, int postId, long t) {
    return new Attachment(
        h.nextAttachmentId++,
        b.ticketId(),
        postId,
        blob.fileName(),
        blob.size(),
        blob.mimeType(),
        t,
        blob.base64());
  }

  private <T> T pick(T[] pool) {
    return pool[rnd.nextInt(pool.length)];
  }

  private <T> T pick(List<T> pool) {
    return pool.get(rnd.nextInt(pool.size()));
  }
}
