package dev.kayakomcp.client;

import java.time.Duration;
import java.util.Optional;

/** Kayako (or a proxy in front of it) answered 429 Too Many Requests. */
public class RateLimitedException extends KayakoApiException {

  private final Duration retryAfter;

  public RateLimitedException(String message, String serverText, Duration retryAfter) {
    super(message, 429, serverText);
    this.retryAfter = retryAfter;
  }

  /** What the {@code Retry-After} header asked for, when it was present and readable. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
