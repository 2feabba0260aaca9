package dev.kayakomcp.client;

/** Kayako answered 403: the REST API is switched off in Admin CP (or a proxy forbids access). */
public class ApiDisabledException extends KayakoApiException {

  public ApiDisabledException(String message, String serverText) {
    super(message, 403, serverText);
  }
}
