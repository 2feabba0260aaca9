package dev.kayakomcp.format;

import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Posts for agents: author and role, UTC time, privacy, body as Markdown, attachments listed.
 * Quoted earlier replies and signatures are folded unless {@code includeQuoted}; what customers
 * wrote is fenced as untrusted content.
 */
public final class PostView {

  /** A single post body longer than this is shortened with a marker. */
  public static final int MAX_BODY_CHARS = 8_000;

  private final Times times;
  private final boolean includeQuoted;
  private final Map<Integer, String> staffSignatures;

  public PostView(Times times) {
    this(times, false, Map.of());
  }

  /**
   * @param includeQuoted keep quoted replies and signatures instead of folding them
   * @param staffSignatures staff signatures by staff id, folded at the end of their posts
   */
  public PostView(Times times, boolean includeQuoted, Map<Integer, String> staffSignatures) {
    this.times = times;
    this.includeQuoted = includeQuoted;
    this.staffSignatures = staffSignatures;
  }

  /** Whether the author is not staff: customers, cc, bcc and third parties write untrusted text. */
  public static boolean untrusted(Post p) {
    return p.creator() != PostCreator.STAFF;
  }

  private QuoteFolding.Folded shown(Post p) {
    String body = body(p);
    if (includeQuoted) {
      return new QuoteFolding.Folded(body, 0, 0);
    }
    String signature = p.creator() == PostCreator.STAFF ? staffSignatures.get(p.staffId()) : null;
    return QuoteFolding.fold(body, signature);
  }

  /** The post's body as Markdown (HTML converted), shortened at a word boundary if very long. */
  public static String body(Post p) {
    String text = p.html() ? HtmlToMarkdown.convert(p.contents()) : normalise(p.contents());
    return TextShortener.shorten(text, MAX_BODY_CHARS);
  }

  public Map<String, Object> structured(Post p, List<Attachment> attachments) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("created_at", Times.iso(p.dateline()));
    m.put("author", p.fullName());
    m.put("author_email", blankToNull(p.email()));
    m.put("role", role(p));
    m.put("staff_id", p.staffId());
    m.put("user_id", p.userId());
    m.put("is_private", p.isPrivate());
    m.put("was_html", p.html());
    QuoteFolding.Folded folded = shown(p);
    m.put("body", folded.text());
    m.put("untrusted", untrusted(p));
    m.put("quoted_lines_folded", folded.quotedLines());
    m.put("signature_lines_folded", folded.signatureLines());
    m.put(
        "attachments",
        attachments.stream()
            .map(
                a -> {
                  Map<String, Object> am = new LinkedHashMap<>();
                  am.put("id", a.id());
                  am.put("file_name", a.fileName());
                  am.put("file_type", a.fileType());
                  am.put("size_bytes", a.fileSize());
                  return (Object) am;
                })
            .toList());
    return m;
  }

  public String markdown(Post p, List<Attachment> attachments) {
    StringBuilder sb = new StringBuilder();
    sb.append("### ")
        .append(blank(p.fullName()) ? "unknown author" : p.fullName())
        .append(" (")
        .append(role(p))
        .append(")");
    if (p.isPrivate()) {
      sb.append(" — PRIVATE staff reply");
    }
    sb.append("\n")
        .append(times.both(p.dateline()))
        .append(" · post ")
        .append(p.id())
        .append("\n\n");
    String body = shown(p).text();
    if (body.isBlank()) {
      sb.append("(empty message)\n");
    } else {
      sb.append(untrusted(p) ? Untrusted.fence(body) : body).append("\n");
    }
    if (!attachments.isEmpty()) {
      sb.append("\nAttachments:\n");
      for (Attachment a : attachments) {
        sb.append("- ")
            .append(a.fileName())
            .append(" (")
            .append(a.fileType())
            .append(", ")
            .append(size(a.fileSize()))
            .append(", attachment id ")
            .append(a.id())
            .append(")\n");
      }
    }
    return sb.toString();
  }

  /** The author's role as a word: staff, customer, cc, bcc or third party. */
  public static String role(Post p) {
    if (p.thirdParty() && p.creator() != PostCreator.STAFF) {
      return PostCreator.THIRD_PARTY.label();
    }
    return p.creator().label();
  }

  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s;
  }
}
