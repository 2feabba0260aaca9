package dev.kayakomcp.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

/**
 * How to start a {@link KayakoEmulator}: where to listen, which credentials to accept, which
 * helpdesk to serve (generated from {@link #seed()} and {@link #tickets()} when none is given),
 * initial faults and admin settings. A mutable builder; {@link KayakoEmulator#start} copies what it
 * needs.
 */
public final class EmulatorOptions {

  /** Tickets in a generated helpdesk unless told otherwise. */
  public static final int DEFAULT_TICKETS = 500;

  private String host = "127.0.0.1";
  private int port;
  private long seed = 1;
  private int tickets = DEFAULT_TICKETS;
  private String apiKey;
  private String secretKey;
  private Helpdesk helpdesk;
  private Clock clock = Clock.systemUTC();
  private final Faults faults = new Faults();
  private final EmulatorSettings settings = new EmulatorSettings();

  public static EmulatorOptions defaults() {
    return new EmulatorOptions();
  }

  public EmulatorOptions host(String host) {
    this.host = host;
    return this;
  }

  /** The port; 0 (the default) picks a free one. */
  public EmulatorOptions port(int port) {
    this.port = port;
    return this;
  }

  public EmulatorOptions seed(long seed) {
    this.seed = seed;
    return this;
  }

  public EmulatorOptions tickets(int tickets) {
    this.tickets = tickets;
    return this;
  }

  public EmulatorOptions apiKey(String apiKey) {
    this.apiKey = apiKey;
    return this;
  }

  public EmulatorOptions secretKey(String secretKey) {
    this.secretKey = secretKey;
    return this;
  }

  /** Serve this helpdesk (it is used, not copied) instead of generating one. */
  public EmulatorOptions helpdesk(Helpdesk helpdesk) {
    this.helpdesk = helpdesk;
    return this;
  }

  /** The clock giving "now" for writes (creation times, last activity). */
  public EmulatorOptions clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public long seed() {
    return seed;
  }

  public int tickets() {
    return tickets;
  }

  public Clock clock() {
    return clock;
  }

  /** The helpdesk to serve, or null to generate one from the seed. */
  public Helpdesk helpdesk() {
    return helpdesk;
  }

  /** Initial faults; change them before {@code start}. */
  public Faults faults() {
    return faults;
  }

  /** Initial admin settings; change them before {@code start}. */
  public EmulatorSettings settings() {
    return settings;
  }

  /** The API key: as given, or a UUID derived from the seed. */
  public String apiKey() {
    return apiKey != null ? apiKey : defaultApiKey(seed);
  }

  /** The secret key: as given, or a base64 string derived from the seed. */
  public String secretKey() {
    return secretKey != null ? secretKey : defaultSecretKey(seed);
  }

  /** The API key a seed gives when none is set: a name-based UUID, stable across runs. */
  public static String defaultApiKey(long seed) {
    return UUID.nameUUIDFromBytes(
            ("kayako-emulator-api-key:" + seed).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** The secret key a seed gives when none is set: base64 of SHA-256, stable across runs. */
  public static String defaultSecretKey(long seed) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("kayako-emulator-secret:" + seed).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
