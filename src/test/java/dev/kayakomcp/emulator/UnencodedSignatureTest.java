package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * §1.4: a signature sent without URL-encoding has its {@code +} decoded to spaces; Kayako turns
 * every space back into {@code +} before trimming, so a {@code +} anywhere survives. Sent raw over
 * real HTTP, in a GET query and in a POST body.
 */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnencodedSignatureTest {

  private final KayakoEmulator kayako;
  private final Api api;

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  UnencodedSignatureTest(KayakoEmulator kayako) {
    this.kayako = kayako;
    this.api = new Api(kayako);
  }

  /** Salt and signature, the signature left exactly as Base64 made it. */
  private record Signed(String salt, String signature) {}

  private Signed signedWhere(Predicate<String> shape) {
    String salt = Signatures.saltWhose(kayako.secretKey(), shape);
    return new Signed(salt, Signatures.hmac(kayako.secretKey(), salt));
  }

  private String rawAuth(String salt, String signature) {
    return "apikey=" + kayako.apiKey() + "&salt=" + salt + "&signature=" + signature;
  }

  private HttpResponse<String> rawGet(String salt, String signature) {
    return api.send(
        "GET", kayako.apiUrl() + "?e=/Base/Department/1&" + rawAuth(salt, signature), null, null);
  }

  private HttpResponse<String> rawPost(String salt, String signature) {
    return api.send(
        "POST",
        api.kayakoUrlNoAuth("/Tickets/TicketSearch"),
        "query=reset&contents=1&" + rawAuth(salt, signature),
        "application/x-www-form-urlencoded");
  }

  private void assertAccepted(Signed s) {
    HttpResponse<String> get = rawGet(s.salt(), s.signature());
    assertThat(get.statusCode()).as("GET " + s).isEqualTo(200);
    assertThat(get.body()).contains("<title><![CDATA[General]]></title>");
    HttpResponse<String> post = rawPost(s.salt(), s.signature());
    assertThat(post.statusCode()).as("POST " + s).isEqualTo(200);
    assertThat(TicketEndpointsTest.ticketIds(post.body())).containsExactly(1042);
  }

  private void assertRefused(String salt, String signature) {
    for (HttpResponse<String> r : List.of(rawGet(salt, signature), rawPost(salt, signature))) {
      assertThat(r.statusCode()).as(r.request().method() + " " + signature).isEqualTo(401);
      assertThat(r.body()).isEqualTo("FAILED TO AUTHENTICATE");
    }
  }

  @Test
  void aLeadingPlusSentRawIsAccepted() {
    Signed s = signedWhere(sig -> sig.startsWith("+"));
    assertThat(s.signature()).startsWith("+");
    assertAccepted(s);
  }

  @Test
  void aPlusAsLateAsASignatureCanHoldOneIsAccepted() {
    // A 32-byte digest encodes to 43 characters and one "=", and the 43rd carries only 4 bits
    // (A, E, I, ... never "+"), so index 41 is the last place a "+" can be.
    Signed s = signedWhere(sig -> sig.charAt(41) == '+');
    assertThat(s.signature()).endsWith("=").matches(".{41}\\+.=");
    assertAccepted(s);
  }

  @Test
  void manyPlusesSentRawAreAccepted() {
    Signed s =
        signedWhere(sig -> sig.startsWith("+") && sig.chars().filter(c -> c == '+').count() >= 3);
    assertAccepted(s);
  }

  @Test
  void wrongSignaturesWithARawPlusAreStillRefused() {
    Signed s = signedWhere(sig -> sig.startsWith("+"));
    // Right signature, other salt.
    assertRefused(s.salt() + "x", s.signature());
    // The leading "+" dropped: what trimming before the repair used to compare.
    assertRefused(s.salt(), s.signature().substring(1));
    // A right signature padded with encoded spaces: the spaces become "+" before trimming.
    Signed plain = signedWhere(sig -> !sig.contains("+"));
    assertRefused(plain.salt(), "%20" + plain.signature() + "%20");
  }

  @Test
  void tabsAndLineBreaksAroundASignatureAreTrimmed() {
    Signed s = signedWhere(sig -> sig.startsWith("+"));
    assertAccepted(new Signed(s.salt(), "%09" + s.signature() + "%0A"));
  }
}
