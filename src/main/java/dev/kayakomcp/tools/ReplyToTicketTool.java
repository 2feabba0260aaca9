package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoTransportException;
import dev.kayakomcp.client.NewAttachment;
import dev.kayakomcp.client.NewPost;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * {@code kayako_reply_to_ticket}: a staff reply as the configured staff member, public (Kayako may
 * e-mail it to the customer) or private. Never sent twice by accident: confirmation first, a
 * duplicate guard, no automatic retry, and a re-read after a timeout.
 */
public final class ReplyToTicketTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      WriteDefinitions.write(
          "kayako_reply_to_ticket",
          "Reply to a ticket",
          "Post a staff reply on a ticket as the configured staff member. private=true keeps it"
              + " internal; otherwise Kayako may e-mail it to the customer. Needs the user's"
              + " confirmation (asked in the client, or pass confirm=true after they agreed);"
              + " dry_run=true previews. An identical reply within 10 minutes is refused unless"
              + " allow_duplicate=true. Returns the confirmed new post.",
          WriteDefinitions.common(
                  Schema.object()
                      .string("ticket_id", "Numeric ticket id or display id.")
                      .string("contents", "The reply text (plain text or HTML).")
                      .bool("private", "A private staff reply, not sent to the customer.", false)
                      .prop(
                          "attachments",
                          Schema.arrayOf(
                              OutputSchemas.object(
                                  Schema.ordered(
                                      "file_name", Schema.type("string"),
                                      "content_base64", Schema.type("string")),
                                  List.of("file_name", "content_base64"))))
                      .bool("confirm", "The user has seen and approved this reply.", false)
                      .bool(
                          "allow_duplicate",
                          "Post even if the same text went to this ticket in the last 10 minutes.",
                          false))
              .required("ticket_id", "contents")
              .build(),
          false,
          false);

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    String ticketRef = args.requiredString("ticket_id");
    String contents = args.requiredString("contents");
    boolean isPrivate = args.bool("private", false);
    ResponseFormat format = args.format();
    List<NewAttachment> files = attachments(args);
    WriteContext writes = context.writes();
    int staffId = writes.settings().staffId();
    Ticket ticket = context.client().ticket(ticketRef);
    Directory directory = context.directory();
    WriteAnswer answer = new WriteAnswer(DEFINITION.name()).ticket(ticket.id(), ticket.displayId());
    answer.headline(
        (isPrivate ? "Private reply" : "Reply")
            + " to "
            + ticket.displayId()
            + ": "
            + ticket.subject());
    answer.sent("ticketid", ticket.id() + " (" + ticket.displayId() + ")");
    answer.sent("staffid", staffId + " (" + directory.staffName(staffId) + ")");
    answer.sent("isprivate", isPrivate ? "1" : "0");
    for (int i = 0; i < files.size(); i++) {
      answer.sent("filename" + i, files.get(i).fileName() + " (" + files.get(i).size() + " bytes)");
    }
    answer.sent("contents", contents);

    if (!args.bool("allow_duplicate", false)) {
      String duplicate = duplicateOf(ticket, contents, writes, context);
      if (duplicate != null) {
        writes
            .audit()
            .record(
                DEFINITION.name(), ticket.displayId(), answer.sentFields(), "refused duplicate");
        return answer
            .status(WriteAnswer.Status.REFUSED_DUPLICATE)
            .note(
                "Refused: "
                    + duplicate
                    + " Nothing was sent. If a second identical reply is"
                    + " really wanted, call again with allow_duplicate=true.")
            .result(format);
      }
    }
    String question =
        "Post this "
            + (isPrivate ? "PRIVATE note-like reply" : "reply (the customer may be e-mailed)")
            + " on "
            + ticket.displayId()
            + " as "
            + directory.staffName(staffId)
            + "?\n\n"
            + contents;
    if (!WriteGate.proceed(args, context, answer, true, question)) {
      writes
          .audit()
          .record(DEFINITION.name(), ticket.displayId(), answer.sentFields(), answer.status().word);
      return answer.result(format);
    }

    Instant sentAt = context.clock().instant();
    Post posted;
    try {
      posted =
          context
              .client()
              .addPost(NewPost.byStaff(ticket.id(), staffId, contents, isPrivate), files);
    } catch (KayakoTransportException e) {
      return afterTransportFailure(context, ticket, staffId, contents, sentAt, answer, format, e);
    }
    writes.ledger().remember(ticket.id(), contents);
    Ticket after = context.client().ticket(String.valueOf(ticket.id()));
    confirm(answer, after, posted.id());
    writes
        .audit()
        .record(
            DEFINITION.name(),
            ticket.displayId(),
            answer.sentFields(),
            "posted post " + posted.id());
    return answer.status(WriteAnswer.Status.DONE).result(format);
  }

  private static void confirm(WriteAnswer answer, Ticket after, int postId) {
    Post found =
        after.posts() == null
            ? null
            : after.posts().stream().filter(p -> p.id() == postId).findFirst().orElse(null);
    answer.confirmed("post_id", postId);
    answer.confirmed("post_found_on_re_read", found != null);
    if (found != null) {
      answer.confirmed("posted_at", Times.iso(found.dateline()));
      answer.confirmed("is_private", found.isPrivate());
      answer.confirmed("attachments", found.hasAttachments());
    }
    answer.confirmed("ticket_replies", after.replies());
    answer.confirmed("ticket_last_replier", after.lastReplier());
    answer.confirmed("ticket_last_activity", Times.iso(after.lastActivity()));
  }

  /**
   * Kayako did not answer: the reply may or may not have been stored. Re-read before saying which,
   * so the agent never posts twice and never believes a lost reply was sent.
   */
  private static ToolResult afterTransportFailure(
      ToolContext context,
      Ticket ticket,
      int staffId,
      String contents,
      Instant sentAt,
      WriteAnswer answer,
      ResponseFormat format,
      KayakoTransportException failure) {
    WriteContext writes = context.writes();
    try {
      Ticket after = context.client().ticket(String.valueOf(ticket.id()));
      Post landed = findSince(after, staffId, contents, sentAt.minusSeconds(120));
      if (landed != null) {
        writes.ledger().remember(ticket.id(), contents);
        confirm(answer, after, landed.id());
        writes
            .audit()
            .record(
                DEFINITION.name(),
                ticket.displayId(),
                answer.sentFields(),
                "posted post " + landed.id() + " (confirmed after a transport failure)");
        return answer
            .status(WriteAnswer.Status.DONE)
            .note(
                "Kayako did not answer in time ("
                    + failure.getMessage()
                    + "), but re-reading"
                    + " the ticket shows the reply was posted. Do not send it again.")
            .result(format);
      }
      writes
          .audit()
          .record(
              DEFINITION.name(),
              ticket.displayId(),
              answer.sentFields(),
              "not posted (transport failure, re-read shows none)");
      return answer
          .status(WriteAnswer.Status.FAILED)
          .note(
              "Kayako did not answer ("
                  + failure.getMessage()
                  + ") and re-reading the ticket"
                  + " shows no such reply: it was not posted. It is safe to try again.")
          .result(format);
    } catch (KayakoApiException reread) {
      writes
          .audit()
          .record(
              DEFINITION.name(),
              ticket.displayId(),
              answer.sentFields(),
              "unknown (transport failure, re-read failed)");
      return answer
          .status(WriteAnswer.Status.UNKNOWN_AFTER_TIMEOUT)
          .note(
              "Kayako did not answer ("
                  + failure.getMessage()
                  + ") and the ticket could not be"
                  + " re-read ("
                  + reread.getMessage()
                  + "). The reply may have been posted: check"
                  + " with kayako_get_ticket_posts before sending it again.")
          .result(format);
    }
  }

  private static Post findSince(Ticket t, int staffId, String contents, Instant since) {
    if (t.posts() == null) {
      return null;
    }
    String wanted = ReplyLedger.normalise(contents);
    for (Post p : t.posts()) {
      if (p.staffId() == staffId && p.dateline() >= since.getEpochSecond() && sameText(p, wanted)) {
        return p;
      }
    }
    return null;
  }

  private static String duplicateOf(
      Ticket ticket, String contents, WriteContext writes, ToolContext context) {
    Duration window = writes.settings().duplicateWindow();
    Instant ours = writes.ledger().sentWithin(ticket.id(), contents, window);
    if (ours != null) {
      return "this server posted the same reply to this ticket at " + ours + ".";
    }
    Instant since = context.clock().instant().minus(window);
    String wanted = ReplyLedger.normalise(contents);
    if (ticket.posts() != null) {
      for (Post p : ticket.posts()) {
        if (p.dateline() >= since.getEpochSecond() && sameText(p, wanted)) {
          return "post "
              + p.id()
              + " by "
              + p.fullName()
              + " at "
              + Times.iso(p.dateline())
              + " already has the same text.";
        }
      }
    }
    return null;
  }

  private static boolean sameText(Post p, String normalisedWanted) {
    String text = p.html() ? Jsoup.parse(p.contents()).text() : p.contents();
    return ReplyLedger.normalise(text).equals(normalisedWanted)
        || ReplyLedger.normalise(p.contents()).equals(normalisedWanted);
  }

  @SuppressWarnings("unchecked")
  private static List<NewAttachment> attachments(ToolArgs args) {
    Object raw = args.raw("attachments");
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof List<?> list)) {
      throw new ToolArgumentException(
          "'attachments' must be a list of {\"file_name\": …, \"content_base64\": …}.");
    }
    if (list.size() > 10) {
      throw new ToolArgumentException("At most 10 attachments can go with one reply.");
    }
    List<NewAttachment> files = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m)) {
        throw new ToolArgumentException(
            "Each attachment must be {\"file_name\": …, \"content_base64\": …}.");
      }
      Map<String, Object> entry = new LinkedHashMap<>((Map<String, Object>) m);
      try {
        files.add(
            new NewAttachment(
                String.valueOf(entry.get("file_name")),
                String.valueOf(entry.get("content_base64"))));
      } catch (IllegalArgumentException e) {
        throw new ToolArgumentException(e.getMessage() + ".");
      }
    }
    return files;
  }
}
