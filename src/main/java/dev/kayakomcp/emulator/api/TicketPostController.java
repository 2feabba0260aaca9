package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.PostXml;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.User;
import dev.kayakomcp.xml.XmlWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Tickets/TicketPost (§2.5): ListAll (with attachment bytes), GET one, POST a reply (with inline
 * attachments), DELETE. Sub-items are looked up with the raw path value, so a display id passes the
 * ticket check and then finds nothing (§4.1).
 */
final class TicketPostController implements Controller {

  static final String POST_NOT_FOUND = "Ticket Post not Found";
  static final String NOT_THIS_TICKET = "Post does not belong to the specified ticket";

  private final Context ctx;

  TicketPostController(Context ctx) {
    this.ctx = ctx;
  }

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
          List<Post> posts = h.posts.getOrDefault(Support.rawId(ticketArg), List.of());
          return ApiResponse.xml(document(posts, true));
        });
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    throw ApiException.badRequest("Not Implemented, Call /Tickets/TicketPost/ListAll instead.");
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    return ctx.read(() -> ApiResponse.xml(document(List.of(locate(args)), false)));
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Post post = locate(args);
          List<Post> list = new ArrayList<>(h.posts.getOrDefault(post.ticketId(), List.of()));
          list.removeIf(x -> x.id() == post.id());
          h.posts.put(post.ticketId(), list);
          TicketStore.refresh(h, post.ticketId(), 0);
          return ApiResponse.emptyOk();
        });
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    if (p.isEmpty("ticketid")) {
      throw ApiException.badRequest("No Ticket ID Specified");
    }
    if (p.text("contents").isEmpty()) {
      throw ApiException.badRequest("No Contents Specified");
    }
    if (p.isEmpty("userid") && p.isEmpty("staffid")) {
      throw ApiException.badRequest("Staff ID and User ID is empty");
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Ticket t = TicketStore.require(h, p.text("ticketid"));
          User user = null;
          Staff staff = null;
          if (!p.isEmpty("userid")) {
            user = h.users.get(p.intValue("userid"));
            if (user == null) {
              throw ApiException.badRequest("User ID is Invalid");
            }
          } else {
            staff = h.staff.get(p.intValue("staffid"));
            if (staff == null) {
              throw ApiException.badRequest("Staff ID is Invalid");
            }
          }
          long now = ctx.now();
          int postId = Math.max(h.nextPostId, TicketController.maxPostId(h) + 1);
          h.nextPostId = postId + 1;
          List<Attachment> attachments = inlineAttachments(h, p, t.id(), postId, now);
          String contents = p.text("contents");
          boolean isStaff = staff != null;
          Post post =
              new Post(
                  postId,
                  t.id(),
                  now,
                  isStaff ? 0 : user.id(),
                  isStaff ? staff.fullName() : user.fullName(),
                  isStaff ? staff.email() : (user.emails().isEmpty() ? "" : user.emails().get(0)),
                  isStaff && !p.text("isprivate").equals("1") ? t.email() : "",
                  "",
                  !attachments.isEmpty(),
                  isStaff ? PostCreator.STAFF : PostCreator.USER,
                  false,
                  isStaff && TicketStore.looksLikeHtml(contents),
                  isStaff && !p.text("isprivate").equals("1"),
                  isStaff ? staff.id() : 0,
                  false,
                  contents,
                  isStaff && p.text("isprivate").equals("1"),
                  attachments);
          TicketStore.addPost(h, post);
          // The echo re-reads by the raw ticketid value: a display id echoes an empty list.
          boolean echo = Support.rawId(p.text("ticketid")) == t.id();
          return ApiResponse.xml(document(echo ? List.of(post) : List.of(), false));
        });
  }

  /** The post of {@code /{ticketid}/{postid}}, with Kayako's 404 and 400 checks. */
  private Post locate(List<String> args) {
    Helpdesk h = ctx.helpdesk();
    TicketStore.require(h, args.get(0));
    int postId = args.size() > 1 ? Support.rawId(args.get(1)) : 0;
    Post post = findPost(h, postId);
    if (post == null) {
      throw ApiException.notFound(POST_NOT_FOUND);
    }
    if (post.ticketId() != Support.rawId(args.get(0))) {
      throw ApiException.badRequest(NOT_THIS_TICKET);
    }
    return post;
  }

  static Post findPost(Helpdesk h, int postId) {
    for (List<Post> list : h.posts.values()) {
      for (Post p : list) {
        if (p.id() == postId) {
          return p;
        }
      }
    }
    return null;
  }

  private String document(List<Post> posts, boolean listAll) {
    XmlWriter w = XmlWriter.document("posts");
    for (Post p : PostXml.ordered(posts, ctx.settings().postsDescending())) {
      PostXml.write(w, p, true, listAll);
    }
    return w.finish("posts");
  }

  /** {@code filename}/{@code filecontent} and {@code filename0..9}/{@code filecontent0..9}. */
  private static List<Attachment> inlineAttachments(
      Helpdesk h, Params p, int ticketId, int postId, long now) {
    List<Attachment> out = new ArrayList<>();
    List<String> suffixes = new ArrayList<>();
    suffixes.add("");
    for (int i = 0; i <= 9; i++) {
      suffixes.add(Integer.toString(i));
    }
    for (String s : suffixes) {
      String name = p.text("filename" + s);
      String content = p.text("filecontent" + s);
      if (name.isEmpty() || content.isEmpty()) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = Base64.getMimeDecoder().decode(content);
      } catch (IllegalArgumentException e) {
        continue;
      }
      int id = nextAttachmentId(h);
      out.add(
          new Attachment(
              id,
              ticketId,
              postId,
              name,
              bytes.length,
              Support.mimeType(name),
              now,
              Base64.getEncoder().encodeToString(bytes)));
    }
    return out;
  }

  static int nextAttachmentId(Helpdesk h) {
    int max = 0;
    for (List<Post> list : h.posts.values()) {
      for (Post p : list) {
        for (Attachment a : p.attachments()) {
          max = Math.max(max, a.id());
        }
      }
    }
    int id = Math.max(h.nextAttachmentId, max + 1);
    h.nextAttachmentId = id + 1;
    return id;
  }
}
