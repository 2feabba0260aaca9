package dev.kayakomcp.tools;

/**
 * Where a tool reports that one more of its Kayako calls has finished. The server turns steps into
 * MCP progress notifications when the client asked for them (a progress token); otherwise they go
 * nowhere. Implementations must accept calls from the thread running the tool.
 */
@FunctionalInterface
public interface Progress {

  /** Reports nothing. */
  Progress NONE = message -> {};

  /** One more step is done; {@code message} says which, in a few words. */
  void step(String message);
}
