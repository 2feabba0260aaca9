package dev.kayakomcp.tools;

/**
 * Asks the person behind the client to confirm a consequential write, where the client can ask (MCP
 * elicitation).
 */
public interface Confirmer {

  /** The answer to one question. */
  enum Answer {
    /** The person accepted. */
    ACCEPTED,
    /** The person declined or cancelled. */
    DECLINED,
    /** The client cannot ask, or did not answer in time. */
    UNAVAILABLE
  }

  Answer ask(String question);

  /** For clients that cannot be asked. */
  Confirmer NONE = question -> Answer.UNAVAILABLE;
}
