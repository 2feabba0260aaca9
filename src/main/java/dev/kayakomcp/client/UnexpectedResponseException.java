package dev.kayakomcp.client;

/**
 * The answer is not Kayako API XML: an HTML page, a redirect, a 404 without Kayako's text, an
 * unexpected root element or malformed XML. Usually the URL points somewhere else than {@code
 * …/api/index.php}, or a proxy or login page is in the way.
 */
public class UnexpectedResponseException extends KayakoApiException {

  private final String url;

  public UnexpectedResponseException(
      String message, int status, String serverText, String url, Throwable cause) {
    super(message, status, serverText, cause);
    this.url = url;
  }

  /** The URL tried, with {@code apikey}, {@code salt} and {@code signature} removed. */
  public String url() {
    return url;
  }
}
