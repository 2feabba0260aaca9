package dev.kayakomcp.format;

import dev.kayakomcp.format.AttachmentView.Kind;
import dev.kayakomcp.model.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The answer of {@code kayako_get_ticket_attachment}: text files as (capped, fenced) text, images
 * and other files to follow as MCP content when under their cap, else metadata and why.
 *
 * @param ticketId the surviving ticket's id
 * @param mergeNotice the merge sentence, or ""
 * @param attachment the attachment's metadata
 * @param bytes its contents
 * @param maxTextChars the most characters of a text file shown
 * @param maxImageBytes the largest image returned
 * @param maxBlobBytes the largest other file returned
 */
public record AttachmentAnswer(
    int ticketId,
    String mergeNotice,
    Attachment attachment,
    byte[] bytes,
    int maxTextChars,
    long maxImageBytes,
    long maxBlobBytes) {

  /** How the contents travel: text, image, resource or metadata. */
  public String returnedAs() {
    Kind kind = AttachmentView.kind(attachment);
    if (kind == Kind.TEXT) {
      return "text";
    }
    if (bytes.length > (kind == Kind.IMAGE ? maxImageBytes : maxBlobBytes)) {
      return "metadata";
    }
    return kind == Kind.IMAGE ? "image" : "resource";
  }

  /** The MIME type to send the contents with. */
  public String mimeType() {
    String t = attachment.fileType();
    return t == null || t.isBlank() ? "application/octet-stream" : t;
  }

  /** Where an embedded resource says it comes from. */
  public String uri() {
    return "kayako://tickets/" + ticketId + "/attachments/" + attachment.id();
  }

  private String text() {
    return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private String note() {
    Kind kind = AttachmentView.kind(attachment);
    return switch (returnedAs()) {
      case "text" ->
          text().length() > maxTextChars
              ? "first " + maxTextChars + " of " + text().length() + " characters"
              : null;
      case "image" -> "the image follows as image content";
      case "resource" -> "the file follows as an embedded resource: " + uri();
      default ->
          "not returned: "
              + PostView.size(bytes.length)
              + " is over the "
              + PostView.size(kind == Kind.IMAGE ? maxImageBytes : maxBlobBytes)
              + " cap for "
              + (kind == Kind.IMAGE ? "images" : "files")
              + "; open it in Kayako.";
    };
  }

  public Map<String, Object> structured() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ticket_id", ticketId);
    m.put("attachment", AttachmentView.structured(attachment));
    m.put("returned_as", returnedAs());
    if (returnedAs().equals("text")) {
      String text = text();
      m.put("text", text.length() > maxTextChars ? text.substring(0, maxTextChars) : text);
      m.put("truncated", text.length() > maxTextChars);
      m.put("untrusted", true);
    } else {
      m.put("truncated", false);
      m.put("untrusted", true);
    }
    m.put("note", note());
    return m;
  }

  public String markdown() {
    StringBuilder md = new StringBuilder("# Attachment ").append(attachment.fileName());
    md.append("\n\n").append(mergeNotice).append(attachment.fileType()).append(", ");
    md.append(PostView.size(bytes.length)).append(", attachment ").append(attachment.id());
    md.append(" of ticket ").append(ticketId).append(".\n\n");
    switch (returnedAs()) {
      case "text" -> {
        String text = text();
        boolean cut = text.length() > maxTextChars;
        String shown = cut ? text.substring(0, maxTextChars) : text;
        md.append(Untrusted.fence("```\n" + shown.stripTrailing() + "\n```")).append('\n');
        if (cut) {
          md.append(
              String.format(
                  Locale.ROOT,
                  "[truncated: showing the first %,d of %,d characters]%n",
                  maxTextChars,
                  text.length()));
        }
      }
      case "image" -> md.append("The image follows as image content.\n");
      case "resource" ->
          md.append("The file follows as an embedded resource (").append(uri()).append(").\n");
      default -> md.append("Contents ").append(note()).append('\n');
    }
    return md.toString();
  }
}
