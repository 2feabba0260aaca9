package dev.kayakomcp.client;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.kayakomcp.config.Secret;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client whose every salt, and the signature made from it, is remembered, so a test can look for
 * them in whatever the program wrote.
 */
public final class RecordingSigner {

  private final List<String> salts = new CopyOnWriteArrayList<>();
  private final AtomicLong counter = new AtomicLong(System.nanoTime());
  private final KayakoClient client;

  public RecordingSigner(ClientSettings settings, ResilienceSettings resilience) {
    this.client = new KayakoClient(settings, this::nextSalt, Ticker.systemTicker(), resilience);
  }

  private String nextSalt() {
    String salt = "s" + Long.toString(counter.incrementAndGet(), 36) + "x7Q";
    salts.add(salt);
    return salt;
  }

  public KayakoClient client() {
    return client;
  }

  /** Every salt used so far. */
  public List<String> salts() {
    return List.copyOf(salts);
  }

  /** The signature for a salt under these credentials. */
  public static String signature(Secret apiKey, Secret secretKey, String salt) {
    Map<String, String> p = new RequestSigner(apiKey, secretKey, () -> salt).authParameters();
    return p.get("signature");
  }
}
