package dev.kayakomcp.xml;

/**
 * Caps that keep a hostile or broken response from exhausting memory: characters in one element's
 * text, characters of text in the whole document, and element nesting depth.
 */
public record XmlLimits(int maxFieldChars, long maxTotalChars, int maxDepth) {

  /** Generous enough for large attachments inline (TicketPost ListAll), small enough to be safe. */
  public static final XmlLimits DEFAULT = new XmlLimits(64 * 1024 * 1024, 256L * 1024 * 1024, 64);
}
