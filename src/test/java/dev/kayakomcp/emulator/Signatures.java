package dev.kayakomcp.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kayako signatures computed straight from spec §1.4 with the JDK (independent of the client's
 * signer and the emulator's check), and a search for salts whose signature has a given shape.
 */
public final class Signatures {

  private Signatures() {}

  /** Base64(HMAC-SHA256(key = secret as UTF-8, message = salt)). */
  public static String hmac(String secret, String salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(salt.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** The first alphanumeric salt {@code s0, s1, ...} whose signature passes the test. */
  public static String saltWhose(String secret, Predicate<String> signature) {
    for (int i = 0; i < 1_000_000; i++) {
      String salt = "s" + i;
      if (signature.test(hmac(secret, salt))) {
        return salt;
      }
    }
    throw new AssertionError("no salt found");
  }
}
