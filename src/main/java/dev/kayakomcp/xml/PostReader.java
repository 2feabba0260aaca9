package dev.kayakomcp.xml;

import static dev.kayakomcp.xml.XmlValues.childFlag;
import static dev.kayakomcp.xml.XmlValues.childInt;
import static dev.kayakomcp.xml.XmlValues.childLong;
import static dev.kayakomcp.xml.XmlValues.childString;

import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code <post>} and {@code <attachment>} elements: the {@code <posts>} wrapper of
 * TicketPost, the posts inside a ticket, and the {@code <attachments>} wrapper of TicketAttachment.
 */
public final class PostReader {

  private PostReader() {}

  /** Every {@code <post>} child of a {@code <posts>} element. */
  public static List<Post> posts(XmlNode postsElement) {
    List<Post> posts = new ArrayList<>();
    for (XmlNode p : postsElement.children("post")) {
      posts.add(post(p));
    }
    return posts;
  }

  /** One {@code <post>}; attachments only when the post carries an {@code <attachments>} block. */
  public static Post post(XmlNode p) {
    // ticketpostid is the documented id; id duplicates it, and either may be missing on old
    // servers.
    int id = childInt(p, "ticketpostid");
    if (id == 0) {
      id = childInt(p, "id");
    }
    XmlNode attachmentsElement = p.child("attachments");
    List<Attachment> attachments =
        attachmentsElement == null ? List.of() : attachments(attachmentsElement);
    return new Post(
        id,
        childInt(p, "ticketid"),
        childLong(p, "dateline"),
        childInt(p, "userid"),
        childString(p, "fullname"),
        childString(p, "email"),
        childString(p, "emailto"),
        childString(p, "ipaddress"),
        childFlag(p, "hasattachments"),
        PostCreator.of(childInt(p, "creator")),
        childFlag(p, "isthirdparty"),
        childFlag(p, "ishtml"),
        childFlag(p, "isemailed"),
        childInt(p, "staffid"),
        childFlag(p, "issurveycomment"),
        childString(p, "contents"),
        childFlag(p, "isprivate"),
        attachments);
  }

  /** Every {@code <attachment>} child of an {@code <attachments>} element. */
  public static List<Attachment> attachments(XmlNode attachmentsElement) {
    List<Attachment> list = new ArrayList<>();
    for (XmlNode a : attachmentsElement.children("attachment")) {
      list.add(attachment(a));
    }
    return list;
  }

  /**
   * One {@code <attachment>}: ticket and post ids are 0 in the in-post shape, which omits them;
   * contents are null when the element is absent (metadata-only calls).
   */
  public static Attachment attachment(XmlNode a) {
    return new Attachment(
        childInt(a, "id"),
        childInt(a, "ticketid"),
        childInt(a, "ticketpostid"),
        childString(a, "filename"),
        childLong(a, "filesize"),
        childString(a, "filetype"),
        childLong(a, "dateline"),
        a.has("contents") ? a.childText("contents").strip() : null);
  }
}
