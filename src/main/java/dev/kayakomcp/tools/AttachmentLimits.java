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

  /** The environment variable that sets the image and file cap in bytes. */
  public static final String ENV_MAX_BYTES = "KAYAKO_MAX_ATTACHMENT_BYTES";

  /**
   * The defaults, with the image and file cap taken from {@value #ENV_MAX_BYTES} when it holds a
   * positive whole number (anything else keeps the default).
   */
  public static AttachmentLimits fromEnvironment(java.util.Map<String, String> env) {
    String raw = env.get(ENV_MAX_BYTES);
    if (raw == null || raw.isBlank()) {
      return DEFAULTS;
    }
    try {
      long bytes = Long.parseLong(raw.strip());
      return bytes > 0 ? new AttachmentLimits(DEFAULTS.maxTextChars, bytes, bytes) : DEFAULTS;
    } catch (NumberFormatException e) {
      return DEFAULTS;
    }
  }

  public AttachmentLimits {
    if (maxTextChars < 100 || maxImageBytes < 0 || maxBlobBytes < 0) {
      throw new IllegalArgumentException("attachment limits must be positive");
    }
  }
}
