package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.NewAttachment;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.write.ReplyOperation;
import java.util.List;

/**
 * {@code kayako_reply_to_ticket}: a staff reply as the configured staff member, public (Kayako may
 * e-mail it to the customer) or private. Never sent twice: confirmation first, then the write
 * pipeline (duplicate window, one send, a re-read when the answer is lost).
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

  /** The arguments, parsed once. */
  record Args(
      TicketRef ticketRef,
      String contents,
      boolean isPrivate,
      List<NewAttachment> files,
      WriteOptions options) {

    static Args parse(ToolArgs args) {
      return new Args(
          TicketRef.parse("ticket_id", args.requiredString("ticket_id")),
          args.requiredString("contents"),
          args.bool("private", false),
          ReplyAttachments.parse(args.raw("attachments")),
          WriteOptions.parse(args));
    }
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Args a = Args.parse(args);
    int staffId = context.writes().settings().staffId();
    LoadedTicket loaded = context.tickets().load(a.ticketRef(), TicketParts.TICKET);
    Ticket ticket = loaded.ticket();
    Directory directory = context.directory();
    String kind = a.isPrivate() ? "Private reply" : "Reply";
    WriteAnswer answer =
        new WriteAnswer(DEFINITION.name())
            .on(loaded)
            .headline(kind + " to " + ticket.displayId() + ": " + ticket.subject());
    answer.sent("ticketid", ticket.id() + " (" + ticket.displayId() + ")");
    answer.sent("staffid", staffId + " (" + directory.staffName(staffId) + ")");
    answer.sent("isprivate", a.isPrivate() ? "1" : "0");
    for (int i = 0; i < a.files().size(); i++) {
      NewAttachment f = a.files().get(i);
      answer.sent("filename" + i, f.fileName() + " (" + f.size() + " bytes)");
    }
    answer.sent("contents", a.contents());
    ReplyOperation op =
        new ReplyOperation(
            DEFINITION.name(),
            ticket,
            staffId,
            a.contents(),
            a.isPrivate(),
            a.files(),
            answer.sentFields());
    String question =
        "Post this "
            + (a.isPrivate() ? "PRIVATE note-like reply" : "reply (the customer may be e-mailed)")
            + " on "
            + ticket.displayId()
            + " as "
            + directory.staffName(staffId)
            + "?\n\n"
            + a.contents();
    return WriteFlow.run(context, a.options(), op, answer, question);
  }
}
