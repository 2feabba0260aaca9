package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fault decisions without a server. */
class FaultsUnitTest {

  @Test
  void noFaultsMeansNonePlans() {
    assertThat(new Faults().next()).isEqualTo(Faults.Plan.NONE);
  }

  @Test
  void precedenceAndRemainingCount() {
    Faults f = new Faults().serverErrors(1, 502).htmlError(1).cut(1).remaining(2);
    assertThat(f.next().kind()).isEqualTo(Faults.Kind.HTML_ERROR);
    f.htmlError(0);
    Faults.Plan p = f.next();
    assertThat(p.kind()).isEqualTo(Faults.Kind.SERVER_ERROR);
    assertThat(p.status()).isEqualTo(502);
    assertThat(f.active()).isFalse();
    assertThat(f.remaining()).isEqualTo(-1);
    assertThat(f.next()).isEqualTo(Faults.Plan.NONE);
  }

  @Test
  void sharesAreProbabilities() {
    Faults f = new Faults().malformedXml(0.5);
    int hits = 0;
    for (int i = 0; i < 2000; i++) {
      if (f.next().kind() == Faults.Kind.MALFORMED) {
        hits++;
      }
    }
    assertThat(hits).isBetween(800, 1200);
    assertThat(new Faults().cut(7).describe()).containsEntry("cutShare", "1.0");
  }

  @Test
  void copyAndDescribe() {
    Faults a = new Faults().latencyMs(5).rateLimit(0.25, 9).noAnswer(1, 2_000_000);
    Faults b = new Faults().copyFrom(a);
    assertThat(b.describe()).isEqualTo(a.describe());
    assertThat(b.noAnswerMs()).as("capped at ten minutes").isEqualTo(600_000);
    assertThat(b.toString()).contains("retryAfterSeconds=9");
  }

  @Test
  void defaultCredentialsAreStablePerSeed() {
    assertThat(EmulatorOptions.defaultApiKey(1)).isEqualTo(EmulatorOptions.defaultApiKey(1));
    assertThat(EmulatorOptions.defaultApiKey(1)).isNotEqualTo(EmulatorOptions.defaultApiKey(2));
    assertThat(EmulatorOptions.defaultApiKey(1)).matches("[0-9a-f-]{36}");
    assertThat(EmulatorOptions.defaultSecretKey(1)).hasSize(44);
    assertThat(EmulatorOptions.defaults().seed(3).apiKey())
        .isEqualTo(EmulatorOptions.defaultApiKey(3));
  }
}
