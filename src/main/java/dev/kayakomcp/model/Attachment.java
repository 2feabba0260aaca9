package dev.kayakomcp.model;

/**
 * A file attached to a ticket post. {@code contentsBase64} is null unless the call returned the
 * file's bytes; {@code ticketId} and {@code ticketPostId} are 0 where the XML omits them (inside a
 * post).
 */
public record Attachment(
    int id,
    int ticketId,
    int ticketPostId,
    String fileName,
    long fileSize,
    String fileType,
    long dateline,
    String contentsBase64) {

  public Attachment withoutContents() {
    return new Attachment(id, ticketId, ticketPostId, fileName, fileSize, fileType, dateline, null);
  }
}
