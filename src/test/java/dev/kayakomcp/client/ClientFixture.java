package dev.kayakomcp.client;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.kayakomcp.config.Secret;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Shared credentials and a client factory for tests against {@link RecordingServer}. */
final class ClientFixture {

  static final String API_KEY = "2f6c1a9e-7b3d-4c55-9e0a-1d2b3c4d5e6f";
  static final String SECRET = "example-secret-key";
  static final String SALT = "1234567890";

  /** The spec's test vector for SECRET and SALT. */
  static final String SIGNATURE = "k2zsEC5TUNiL47wONMQEs4PzPqHHf+4kMWbwHwnzbaY=";

  /** A clock for the lookup cache that only moves when told to. */
  static final class FakeTicker implements Ticker {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long read() {
      return nanos.get();
    }

    void advance(Duration d) {
      nanos.addAndGet(d.toNanos());
    }
  }

  private ClientFixture() {}

  static ClientSettings settings(String baseUrl) {
    return ClientSettings.of(baseUrl, Secret.of(API_KEY), Secret.of(SECRET))
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  static KayakoClient client(ClientSettings settings, Ticker ticker) {
    return new KayakoClient(settings, () -> SALT, ticker);
  }

  static KayakoClient client(RecordingServer server) {
    return client(settings(server.baseUrl()), new FakeTicker());
  }
}
