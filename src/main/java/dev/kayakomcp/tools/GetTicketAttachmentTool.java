package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.AttachmentAnswer;
import dev.kayakomcp.format.Json;
import dev.kayakomcp.format.Untrusted;
import dev.kayakomcp.model.Attachment;
import io.modelcontextprotocol.spec.McpSchema.BlobResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
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
    Attachment a = part.value();
    AttachmentLimits limits = context.attachmentLimits();
    byte[] bytes = decode(a);
    AttachmentAnswer answer =
        new AttachmentAnswer(
            part.ticketId(),
            part.mergeNotice(),
            a,
            bytes,
            Math.min(limits.maxTextChars(), MAX_TEXT_IN_ANSWER),
            limits.maxImageBytes(),
            limits.maxBlobBytes());
    String b64 = Base64.getEncoder().encodeToString(bytes);
    List<Content> extra =
        switch (answer.returnedAs()) {
          case "image" -> List.of(new ImageContent(null, b64, answer.mimeType()));
          case "resource" ->
              List.of(
                  new EmbeddedResource(
                      null, new BlobResourceContents(answer.uri(), answer.mimeType(), b64)));
          default -> List.of();
        };
    Map<String, Object> m = answer.structured();
    String text = format == ResponseFormat.JSON ? Json.write(m) : answer.markdown();
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
