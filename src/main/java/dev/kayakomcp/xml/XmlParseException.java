package dev.kayakomcp.xml;

/** The body could not be read as Kayako XML (malformed, forbidden construct or over a limit). */
public class XmlParseException extends Exception {

  public XmlParseException(String message) {
    super(message);
  }

  public XmlParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
