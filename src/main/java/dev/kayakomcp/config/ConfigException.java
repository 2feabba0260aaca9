package dev.kayakomcp.config;

/** The configuration is missing or unusable; the message says what to set and where. */
public class ConfigException extends Exception {

  public ConfigException(String message) {
    super(message);
  }
}
