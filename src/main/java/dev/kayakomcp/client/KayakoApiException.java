package dev.kayakomcp.client;

/**
 * A Kayako call failed. The message is written for a person or an agent and ends with a next step;
 * it never contains the API key, secret, salt or signature (URLs in it are redacted). Subclasses
 * exist only where a caller branches on the cause.
 *
 * <p>Unchecked, so the MCP layer can catch it in one wrapper around every tool.
 */
public class KayakoApiException extends RuntimeException {

  private final int status;
  private final String serverText;

  /**
   * @param message the whole human-facing message, already redacted
   * @param status the HTTP status, or 0 when no response arrived
   * @param serverText the server's short plain-text reason ("" when none), already redacted
   */
  public KayakoApiException(String message, int status, String serverText) {
    this(message, status, serverText, null);
  }

  public KayakoApiException(String message, int status, String serverText, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.serverText = serverText == null ? "" : serverText;
  }

  /** The HTTP status, or 0 when the request never got a response. */
  public int status() {
    return status;
  }

  /** The server's short plain-text reason, e.g. {@code Ticket not Found}; "" when none. */
  public String serverText() {
    return serverText;
  }
}
