package dev.kayakomcp.client;

/**
 * Kayako answered 400 with a one-sentence reason such as {@code Subject is empty} or {@code Post
 * does not belong to the specified ticket}; {@link #serverText()} holds it verbatim.
 */
public class BadRequestException extends KayakoApiException {

  public BadRequestException(String message, String serverText) {
    super(message, 400, serverText);
  }
}
