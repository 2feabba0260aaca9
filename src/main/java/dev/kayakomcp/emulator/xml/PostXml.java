package dev.kayakomcp.emulator.xml;

import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.xml.XmlWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes {@code <post>} elements (Kayako §3.3 / §3.6) and puts posts in the admin order. */
public final class PostXml {

  private PostXml() {}

  /** The posts in ascending id, or descending when the admin setting says so. */
  public static List<Post> ordered(List<Post> posts, boolean descending) {
    List<Post> sorted = new ArrayList<>(posts);
    Comparator<Post> byId = Comparator.comparingInt(Post::id);
    sorted.sort(descending ? byId.reversed() : byId);
    return sorted;
  }

  /**
   * One {@code <post>}.
   *
   * @param withAttachments add the {@code <attachments>} block with base64 contents (TicketPost
   *     calls only, and only when the post has attachments)
   * @param stripNonPrintable drop non-printable characters from the contents (TicketPost ListAll)
   */
  public static void write(
      XmlWriter w, Post p, boolean withAttachments, boolean stripNonPrintable) {
    w.open("post");
    w.element("id", p.id());
    w.element("ticketpostid", p.id());
    w.element("ticketid", p.ticketId());
    w.element("dateline", p.dateline());
    w.element("userid", p.userId());
    w.element("fullname", p.fullName());
    w.element("email", p.email());
    w.element("emailto", p.emailTo());
    w.element("ipaddress", p.ipAddress());
    w.flag("hasattachments", p.hasAttachments());
    w.element("creator", p.creator().code());
    w.flag("isthirdparty", p.thirdParty());
    w.flag("ishtml", p.html());
    w.flag("isemailed", p.emailed());
    w.element("staffid", p.staffId());
    w.flag("issurveycomment", p.surveyComment());
    w.element("contents", stripNonPrintable ? printable(p.contents()) : p.contents());
    w.flag("isprivate", p.isPrivate());
    if (withAttachments && p.hasAttachments()) {
      w.open("attachments");
      for (Attachment a : p.attachments()) {
        w.open("attachment");
        w.element("id", a.id());
        w.element("filename", a.fileName());
        w.element("filesize", a.fileSize());
        w.element("filetype", a.fileType());
        w.element("dateline", a.dateline());
        w.element("contents", a.contentsBase64());
        w.close("attachment");
      }
      w.close("attachments");
    }
    w.close("post");
  }

  /** Removes non-printable characters except CR, LF and TAB. */
  static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean keep =
                  cp == '\r'
                      || cp == '\n'
                      || cp == '\t'
                      || (type != Character.CONTROL
                          && type != Character.FORMAT
                          && type != Character.UNASSIGNED
                          && type != Character.PRIVATE_USE
                          && type != Character.SURROGATE);
              if (keep) {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }
}
