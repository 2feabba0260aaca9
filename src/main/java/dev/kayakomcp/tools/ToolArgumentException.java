package dev.kayakomcp.tools;

/** An argument the agent sent is missing or unusable; the message says how to call correctly. */
public class ToolArgumentException extends RuntimeException {

  public ToolArgumentException(String message) {
    super(message);
  }
}
