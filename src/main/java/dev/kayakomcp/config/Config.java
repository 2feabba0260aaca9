package dev.kayakomcp.config;

import java.time.Duration;

/**
 * Where Kayako is and how to talk to it. {@code toString()} never shows the key or the secret.
 *
 * @param apiUrl the REST API URL as the user gave it (the client normalises it)
 * @param apiKey the API key from Admin CP › REST API
 * @param secretKey the secret key from the same page
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a whole response
 */
public record Config(
    String apiUrl, Secret apiKey, Secret secretKey, Duration connectTimeout, Duration readTimeout) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
}
