package dev.kayakomcp.client;

/** Kayako answered 401: the request's API key, salt or signature was not accepted. */
public class AuthenticationException extends KayakoApiException {

  /** Which of Kayako's two 401 texts came back. */
  public enum Reason {
    /**
     * {@code NO SALT PROVIDED!}: the auth parameters did not arrive where the server reads them.
     */
    NO_SALT,
    /** {@code FAILED TO AUTHENTICATE}: wrong API key or secret. */
    FAILED,
    /** Any other 401 (a proxy in front of Kayako, for instance). */
    OTHER
  }

  private final Reason reason;

  public AuthenticationException(String message, String serverText, Reason reason) {
    super(message, 401, serverText);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
