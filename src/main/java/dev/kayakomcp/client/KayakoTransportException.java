package dev.kayakomcp.client;

/** No HTTP response arrived: DNS, connection, TLS, timeout or an interrupted call. */
public class KayakoTransportException extends KayakoApiException {

  /** What went wrong on the way to the server. */
  public enum Kind {
    UNKNOWN_HOST,
    CONNECTION_REFUSED,
    TLS,
    TIMEOUT,
    INTERRUPTED,
    /** Connection reset, closed early, or another I/O failure. */
    IO
  }

  private final Kind kind;

  public KayakoTransportException(String message, Kind kind, Throwable cause) {
    super(message, 0, "", cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
