package dev.kayakomcp.tools;

/**
 * How much of an attachment {@code kayako_get_ticket_attachment} returns: characters of a text-like
 * file, bytes of an image (as image content) and bytes of another file (as an embedded resource).
 * Larger files come back as metadata with the reason.
 */
public record AttachmentLimits(int maxTextChars, long maxImageBytes, long maxBlobBytes) {

  /** 20,000 characters of text; images and other files up to 1 MB. */
  public static final AttachmentLimits DEFAULTS =
      new AttachmentLimits(20_000, 1024L * 1024, 1024L * 1024);

  public AttachmentLimits {
    if (maxTextChars < 100 || maxImageBytes < 0 || maxBlobBytes < 0) {
      throw new IllegalArgumentException("attachment limits must be positive");
    }
  }
}
