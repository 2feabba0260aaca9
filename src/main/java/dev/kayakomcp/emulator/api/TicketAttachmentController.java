package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.xml.XmlWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Tickets/TicketAttachment (§2.7): ListAll (metadata), GET one (with base64 contents), POST onto a
 * post, DELETE. Attachments live inside their posts; the owning ticket is the post's ticket.
 */
final class TicketAttachmentController implements Controller {

  static final String NOT_FOUND = "Attachment not Found";
  static final String NOT_THIS_TICKET = "Attachment does not belong to the specified ticket";

  private final Context ctx;

  TicketAttachmentController(Context ctx) {
    this.ctx = ctx;
  }

  /** An attachment and the post holding it. */
  private record Located(Attachment attachment, Post post) {}

  @Override
  public Set<String> actions() {
    return Set.of("listall");
  }

  @Override
  public ApiResponse action(String name, List<String> args, ApiRequest r) {
    String ticketArg = args.isEmpty() ? "" : args.get(0);
    return ctx.read(
        () -> {
          Helpdesk h = ctx.helpdesk();
          TicketStore.require(h, ticketArg);
          int raw = Support.rawId(ticketArg);
          List<Located> all = new ArrayList<>();
          for (Post p : h.posts.getOrDefault(raw, List.of())) {
            for (Attachment a : p.attachments()) {
              all.add(new Located(a, p));
            }
          }
          return ApiResponse.xml(document(all, false));
        });
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    throw ApiException.badRequest(
        "Not Implemented, Call /Tickets/TicketAttachment/ListAll instead.");
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    return ctx.read(() -> ApiResponse.xml(document(List.of(locate(args)), true)));
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          Located l = locate(args);
          Helpdesk h = ctx.helpdesk();
          List<Attachment> remaining = new ArrayList<>(l.post().attachments());
          remaining.removeIf(a -> a.id() == l.attachment().id());
          replacePost(h, withAttachments(l.post(), remaining));
          return ApiResponse.emptyOk();
        });
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    if (p.isEmpty("ticketid")) {
      throw ApiException.badRequest("No Ticket ID Specified");
    }
    if (p.isEmpty("ticketpostid")) {
      throw ApiException.badRequest("No Ticket Post ID Specified");
    }
    if (p.text("filename").isEmpty()) {
      throw ApiException.badRequest("No file name specified");
    }
    if (p.text("contents").isEmpty()) {
      throw ApiException.badRequest("No contents specified");
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Ticket t = TicketStore.require(h, p.text("ticketid"));
          Post post = TicketPostController.findPost(h, p.intValue("ticketpostid"));
          if (post == null || post.ticketId() != t.id()) {
            throw ApiException.notFound("Ticket Post not found");
          }
          byte[] bytes;
          try {
            bytes = Base64.getMimeDecoder().decode(p.text("contents"));
          } catch (IllegalArgumentException e) {
            bytes = new byte[0];
          }
          String name = p.text("filename");
          Attachment a =
              new Attachment(
                  TicketPostController.nextAttachmentId(h),
                  t.id(),
                  post.id(),
                  name,
                  bytes.length,
                  Support.mimeType(name),
                  ctx.now(),
                  Base64.getEncoder().encodeToString(bytes));
          List<Attachment> list = new ArrayList<>(post.attachments());
          list.add(a);
          Post updated = withAttachments(post, list);
          replacePost(h, updated);
          TicketStore.touch(h, t.id(), ctx.now());
          return ApiResponse.xml(document(List.of(new Located(a, updated)), false));
        });
  }

  private Located locate(List<String> args) {
    Helpdesk h = ctx.helpdesk();
    TicketStore.require(h, args.get(0));
    int id = args.size() > 1 ? Support.rawId(args.get(1)) : 0;
    for (List<Post> list : h.posts.values()) {
      for (Post p : list) {
        for (Attachment a : p.attachments()) {
          if (a.id() == id) {
            if (p.ticketId() != Support.rawId(args.get(0))) {
              throw ApiException.badRequest(NOT_THIS_TICKET);
            }
            return new Located(a, p);
          }
        }
      }
    }
    throw ApiException.notFound(NOT_FOUND);
  }

  private static Post withAttachments(Post p, List<Attachment> list) {
    return new Post(
        p.id(),
        p.ticketId(),
        p.dateline(),
        p.userId(),
        p.fullName(),
        p.email(),
        p.emailTo(),
        p.ipAddress(),
        !list.isEmpty(),
        p.creator(),
        p.thirdParty(),
        p.html(),
        p.emailed(),
        p.staffId(),
        p.surveyComment(),
        p.contents(),
        p.isPrivate(),
        list);
  }

  private static void replacePost(Helpdesk h, Post updated) {
    List<Post> list = new ArrayList<>(h.posts.getOrDefault(updated.ticketId(), List.of()));
    list.replaceAll(x -> x.id() == updated.id() ? updated : x);
    h.posts.put(updated.ticketId(), list);
  }

  private static String document(List<Located> items, boolean withContents) {
    XmlWriter w = XmlWriter.document("attachments");
    for (Located l : items) {
      Attachment a = l.attachment();
      w.open("attachment");
      w.element("id", a.id());
      w.element("ticketid", l.post().ticketId());
      w.element("ticketpostid", l.post().id());
      w.element("filename", a.fileName());
      w.element("filesize", a.fileSize());
      w.element("filetype", a.fileType());
      w.element("dateline", a.dateline());
      if (withContents) {
        w.element("contents", a.contentsBase64());
      }
      w.close("attachment");
    }
    return w.finish("attachments");
  }
}
