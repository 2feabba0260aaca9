package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.AttachmentView;
import dev.kayakomcp.format.AttachmentView.Kind;
import dev.kayakomcp.format.Json;
import dev.kayakomcp.format.PostView;
import dev.kayakomcp.format.Untrusted;
import dev.kayakomcp.model.Attachment;
import io.modelcontextprotocol.spec.McpSchema.BlobResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kayako_get_ticket_attachment}: one file's contents in the form an agent can use: text
 * files as (capped) text, images as image content, other files as an embedded resource, each up to
 * a cap ({@link AttachmentLimits}); beyond it, metadata and why.
 */
public final class GetTicketAttachmentTool implements KayakoTool {

  /** Text beyond this never fits the 25,000-character answer with its JSON escaping. */
  static final int MAX_TEXT_IN_ANSWER = 20_000;

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_attachment",
          "Get a ticket attachment",
          "Get one attachment's contents (ids from kayako_list_ticket_attachments or a post's"
              + " attachment list). Text, CSV, JSON, XML and logs come back as text (long files"
              + " cut with a marker); images as image content; other files (PDF, …) as an"
              + " embedded resource; files over the size cap as metadata with the reason. "
              + Untrusted.NOTICE,
          Schema.object()
              .string(
                  "ticket_id",
                  "Numeric ticket id or display id, e.g. \"1042\" or \"QXV-418-20573\".")
              .integer("attachment_id", "The attachment's id.")
              .responseFormat()
              .required("ticket_id", "attachment_id")
              .build(),
          outputSchema(),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    TicketRef ref = context.tickets().ref(args);
    Integer attachmentId = args.optionalInt("attachment_id");
    if (attachmentId == null || attachmentId < 1) {
      throw new ToolArgumentException(
          "'attachment_id' is required (a positive id); kayako_list_ticket_attachments lists"
              + " them.");
    }
    ResponseFormat format = args.format();
    TicketPart<Attachment> part = context.tickets().attachment(ref, attachmentId);
    int id = part.ticketId();
    Attachment a = part.value();
    AttachmentLimits limits = context.attachmentLimits();
    byte[] bytes = decode(a);
    Kind kind = AttachmentView.kind(a);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ticket_id", id);
    m.put("attachment", AttachmentView.structured(a));
    List<Content> extra = List.of();
    StringBuilder md =
        new StringBuilder("# Attachment ")
            .append(a.fileName())
            .append("\n\n")
            .append(part.mergeNotice());
    md.append(a.fileType())
        .append(", ")
        .append(PostView.size(bytes.length))
        .append(", attachment ")
        .append(a.id())
        .append(" of ticket ")
        .append(id)
        .append(".\n\n");
    String mime =
        a.fileType() == null || a.fileType().isBlank() ? "application/octet-stream" : a.fileType();
    if (kind == Kind.TEXT) {
      int maxChars = Math.min(limits.maxTextChars(), MAX_TEXT_IN_ANSWER);
      String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
      boolean cut = text.length() > maxChars;
      String shown = cut ? text.substring(0, maxChars) : text;
      m.put("returned_as", "text");
      m.put("text", shown);
      m.put("truncated", cut);
      m.put("untrusted", true);
      m.put(
          "note",
          cut ? "first " + limits.maxTextChars() + " of " + text.length() + " characters" : null);
      md.append(Untrusted.fence("```\n" + shown.stripTrailing() + "\n```")).append('\n');
      if (cut) {
        md.append("[truncated: showing the first ")
            .append(String.format("%,d", maxChars))
            .append(" of ")
            .append(String.format("%,d", text.length()))
            .append(" characters]\n");
      }
    } else {
      long cap = kind == Kind.IMAGE ? limits.maxImageBytes() : limits.maxBlobBytes();
      m.put("truncated", false);
      m.put("untrusted", true);
      if (bytes.length > cap) {
        String why =
            "not returned: "
                + PostView.size(bytes.length)
                + " is over the "
                + PostView.size(cap)
                + " cap for "
                + (kind == Kind.IMAGE ? "images" : "files")
                + "; open it in Kayako.";
        m.put("returned_as", "metadata");
        m.put("note", why);
        md.append("Contents ").append(why).append('\n');
      } else {
        String b64 = Base64.getEncoder().encodeToString(bytes);
        if (kind == Kind.IMAGE) {
          extra = List.of(new ImageContent(null, b64, mime));
          m.put("returned_as", "image");
          m.put("note", "the image follows as image content");
          md.append("The image follows as image content.\n");
        } else {
          String uri = "kayako://tickets/" + id + "/attachments/" + a.id();
          extra = List.of(new EmbeddedResource(null, new BlobResourceContents(uri, mime, b64)));
          m.put("returned_as", "resource");
          m.put("note", "the file follows as an embedded resource: " + uri);
          md.append("The file follows as an embedded resource (").append(uri).append(").\n");
        }
      }
    }
    String text = format == ResponseFormat.JSON ? Json.write(m) : md.toString();
    return new ToolResult(text, m, extra);
  }

  private static byte[] decode(Attachment a) {
    if (a.contentsBase64() == null) {
      return new byte[0];
    }
    try {
      return Base64.getMimeDecoder().decode(a.contentsBase64());
    } catch (IllegalArgumentException e) {
      throw new KayakoApiException(
          "Kayako sent the contents of attachment "
              + a.id()
              + " ("
              + a.fileName()
              + ") in a form that is not base64; open it in Kayako instead.",
          200,
          "");
    }
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("ticket_id", Schema.type("integer"));
    p.put("attachment", OutputSchemas.attachment());
    p.put(
        "returned_as",
        Schema.ordered("type", "string", "enum", List.of("text", "image", "resource", "metadata")));
    p.put("text", Schema.type("string"));
    p.put("truncated", Schema.type("boolean"));
    p.put("untrusted", Schema.type("boolean"));
    p.put("note", Schema.nullable("string"));
    return OutputSchemas.object(p, List.of("ticket_id", "attachment", "returned_as"));
  }
}
