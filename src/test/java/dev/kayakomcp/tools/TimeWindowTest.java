package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static Long parse(String value) {
    return TimeWindow.parse(ToolArgs.of(Map.of("updated_since", value)), "updated_since", CLOCK);
  }

  @Test
  void relativeAgesCountBackFromNow() {
    long now = NOW.getEpochSecond();
    assertThat(parse("30m")).isEqualTo(now - 1800);
    assertThat(parse("24h")).isEqualTo(now - 86_400);
    assertThat(parse("7d")).isEqualTo(now - 7 * 86_400);
    assertThat(parse("2w")).isEqualTo(now - 14 * 86_400);
  }

  @Test
  void isoDatesAndDateTimesAreUtcUnlessAnOffsetIsGiven() {
    assertThat(parse("2026-03-01"))
        .isEqualTo(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond());
    assertThat(parse("2026-03-01T09:30:00Z"))
        .isEqualTo(Instant.parse("2026-03-01T09:30:00Z").getEpochSecond());
    assertThat(parse("2026-03-01T09:30:00"))
        .isEqualTo(Instant.parse("2026-03-01T09:30:00Z").getEpochSecond());
    assertThat(parse("2026-03-01T10:30:00+01:00"))
        .isEqualTo(Instant.parse("2026-03-01T09:30:00Z").getEpochSecond());
  }

  @Test
  void anythingElseIsAnArgumentErrorThatShowsTheForms() {
    assertThatThrownBy(() -> parse("last tuesday"))
        .isInstanceOf(ToolArgumentException.class)
        .hasMessageContaining("updated_since")
        .hasMessageContaining("24h");
  }

  @Test
  void sinceIncludesItsInstantAndBeforeExcludesIt() {
    TimeWindow w = new TimeWindow(100L, 200L, null, null);
    assertThat(w.matches(ticket(100, 0))).isTrue();
    assertThat(w.matches(ticket(99, 0))).isFalse();
    assertThat(w.matches(ticket(199, 0))).isTrue();
    assertThat(w.matches(ticket(200, 0))).isFalse();
  }

  private static dev.kayakomcp.model.Ticket ticket(long lastActivity, long created) {
    return new dev.kayakomcp.model.Ticket(
        1,
        0,
        "A-1",
        1,
        1,
        1,
        1,
        1,
        "",
        0,
        0,
        "",
        "",
        "",
        "",
        "s",
        created,
        lastActivity,
        0,
        0,
        0,
        0,
        0,
        0,
        "",
        0,
        0,
        0,
        false,
        0,
        0,
        "",
        "",
        java.util.List.of(),
        java.util.List.of(),
        java.util.List.of(),
        java.util.List.of(),
        null);
  }
}
