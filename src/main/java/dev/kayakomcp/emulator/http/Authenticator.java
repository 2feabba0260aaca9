package dev.kayakomcp.emulator.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kayako's HMAC check: {@code apikey} (trimmed) must match, {@code salt} must be non-empty and
 * {@code signature} must equal Base64(HMAC-SHA256(secret, salt)) after turning spaces back into
 * {@code +} (the repair for clients that forget to URL-encode it) and then trimming. Trimming is
 * PHP's {@code trim()}: spaces, tabs, line breaks, NUL and vertical tabs.
 */
public final class Authenticator {

  public static final String NO_SALT = "NO SALT PROVIDED!";
  public static final String FAILED = "FAILED TO AUTHENTICATE";

  private final String apiKey;
  private final String secretKey;

  public Authenticator(String apiKey, String secretKey) {
    this.apiKey = apiKey;
    this.secretKey = secretKey;
  }

  /**
   * Checks the three parameters.
   *
   * @throws ApiException 401 with Kayako's text when they do not authenticate
   */
  public void check(String apikey, String salt, String signature) {
    if (salt == null || salt.isEmpty()) {
      throw new ApiException(401, NO_SALT);
    }
    if (apikey == null || !phpTrim(apikey).equals(apiKey)) {
      throw new ApiException(401, FAILED);
    }
    if (signature == null || signature.isEmpty()) {
      throw new ApiException(401, FAILED);
    }
    // Repair before trimming: an unencoded leading or trailing "+" arrives as a space, and trimming
    // first would drop it.
    String repaired = phpTrim(signature.replace(' ', '+'));
    byte[] expected = sign(secretKey, salt).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, repaired.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, FAILED);
    }
  }

  private static String phpTrim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPhpBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && isPhpBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isPhpBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
  }

  /** Base64 of HMAC-SHA256 keyed with the secret string's UTF-8 bytes over the salt. */
  public static String sign(String secret, String salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(salt.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
