package dev.kayakomcp.config;

import java.util.Objects;

/**
 * A credential that never shows itself: {@code toString()} is masked, so a secret that reaches a
 * log line, an exception message or a record's string form stays hidden. Call {@link #reveal()}
 * only where the value is really needed (signing).
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value);
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  public String reveal() {
    return value;
  }

  public boolean isBlank() {
    return value.isBlank();
  }

  /** A hint safe to print: the first four characters of a long value, nothing of a short one. */
  public String hint() {
    return value.length() >= 16
        ? value.substring(0, 4) + "…(" + value.length() + " chars)"
        : "****";
  }

  @Override
  public String toString() {
    return "****";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
