package dev.kayakomcp.client;

/**
 * Kayako failed several calls in a row, so calls are paused for a while instead of piling more load
 * on a helpdesk that is down or overloaded. No request was sent.
 */
public class CircuitOpenException extends KayakoApiException {

  public CircuitOpenException(String message) {
    super(message, 0, "");
  }
}
