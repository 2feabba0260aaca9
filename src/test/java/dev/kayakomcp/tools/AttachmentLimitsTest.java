package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachmentLimitsTest {

  @Test
  void theCapDefaultsToOneMegabyteAndTheEnvironmentCanChangeIt() {
    assertThat(AttachmentLimits.fromEnvironment(Map.of()).maxImageBytes()).isEqualTo(1_048_576);
    AttachmentLimits set =
        AttachmentLimits.fromEnvironment(Map.of(AttachmentLimits.ENV_MAX_BYTES, " 5000000 "));
    assertThat(set.maxImageBytes()).isEqualTo(5_000_000);
    assertThat(set.maxBlobBytes()).isEqualTo(5_000_000);
    assertThat(AttachmentLimits.fromEnvironment(Map.of(AttachmentLimits.ENV_MAX_BYTES, "lots")))
        .isEqualTo(AttachmentLimits.DEFAULTS);
    assertThat(AttachmentLimits.fromEnvironment(Map.of(AttachmentLimits.ENV_MAX_BYTES, "-1")))
        .isEqualTo(AttachmentLimits.DEFAULTS);
  }
}
