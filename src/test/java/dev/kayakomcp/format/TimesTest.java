package dev.kayakomcp.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimesTest {

  private final Times times =
      new Times(Clock.fixed(Instant.parse("2026-03-07T12:00:00Z"), ZoneId.of("Asia/Tokyo")));

  @Test
  void isoIsUtcWhateverTheClockZone() {
    assertThat(Times.iso(1_700_000_000L)).isEqualTo("2023-11-14T22:13:20Z");
  }

  @Test
  void zeroMeansNotSet() {
    assertThat(Times.iso(0)).isNull();
    assertThat(times.both(0)).isEqualTo("—");
  }

  @Test
  void bothGivesIsoReadableAndAge() {
    long t = Instant.parse("2026-03-04T12:00:00Z").getEpochSecond();
    assertThat(times.both(t)).isEqualTo("2026-03-04T12:00:00Z (4 Mar 2026 12:00 UTC, 3 days ago)");
  }

  @Test
  void futureTimesSayIn() {
    long t = Instant.parse("2026-03-07T15:00:00Z").getEpochSecond();
    assertThat(times.both(t)).endsWith("in 3 hours)");
  }
}
