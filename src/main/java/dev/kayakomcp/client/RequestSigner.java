package dev.kayakomcp.client;

import dev.kayakomcp.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place that adds {@code apikey}, {@code salt} and {@code signature} to a request: {@code
 * signature = Base64(HMAC-SHA256(key = secret as UTF-8, message = salt))}. The salt supplier is
 * injected so tests can be deterministic.
 */
public final class RequestSigner {

  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final Secret apiKey;
  private final Secret secretKey;
  private final Supplier<String> saltSupplier;

  public RequestSigner(Secret apiKey, Secret secretKey) {
    this(apiKey, secretKey, randomSalts());
  }

  public RequestSigner(Secret apiKey, Secret secretKey, Supplier<String> saltSupplier) {
    this.apiKey = apiKey;
    this.secretKey = secretKey;
    this.saltSupplier = saltSupplier;
  }

  /** The three authentication parameters for one request, in the order Kayako's clients send. */
  public Map<String, String> authParameters() {
    String salt = saltSupplier.get();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("apikey", apiKey.reveal());
    p.put("salt", salt);
    p.put("signature", sign(secretKey.reveal(), salt));
    return p;
  }

  /** Base64 of HMAC-SHA256 of the salt keyed with the secret string (not base64-decoded). */
  public static String sign(String secretKey, String salt) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(hmac.doFinal(salt.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is required of every Java platform; reaching this is a broken JVM.
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the secret key is empty", e);
    }
  }

  /** 32 alphanumerics per request: the server repairs '+' damage in signatures, not in salts. */
  public static Supplier<String> randomSalts() {
    SecureRandom random = new SecureRandom();
    return () -> {
      char[] salt = new char[32];
      for (int i = 0; i < salt.length; i++) {
        salt[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
      }
      return new String(salt);
    };
  }
}
