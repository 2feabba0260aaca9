package dev.kayakomcp.emulator.http;

/**
 * A Kayako error answer: a status code and the exact plain-text body the real server sends. Thrown
 * from anywhere below the handler and turned into a response in one place.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String body) {
    super(body, null, false, false);
    this.status = status;
  }

  public static ApiException badRequest(String body) {
    return new ApiException(400, body);
  }

  public static ApiException notFound(String body) {
    return new ApiException(404, body);
  }

  public int status() {
    return status;
  }

  public String body() {
    return getMessage();
  }
}
