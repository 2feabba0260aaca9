package dev.kayakomcp.client;

/**
 * Kayako answered 404 with its own text ({@code Attachment not Found}, {@code Ticket Post not
 * Found}, …), or a single-item read came back empty.
 */
public class NotFoundException extends KayakoApiException {

  public NotFoundException(String message, int status, String serverText) {
    super(message, status, serverText);
  }
}
