package dev.kayakomcp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PollSecondsTest {

  private static ServeOptions parse(String... args) {
    ServeOptions options = new ServeOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void thirtySecondsUnlessTheFlagOrTheEnvironmentSaysOtherwiseAndTheFlagWins() {
    assertThat(parse().pollInterval(Map.of())).isEqualTo(Duration.ofSeconds(30));
    assertThat(parse().pollInterval(Map.of("KAYAKO_POLL_SECONDS", "12")))
        .isEqualTo(Duration.ofSeconds(12));
    assertThat(parse("--poll-seconds", "5").pollInterval(Map.of("KAYAKO_POLL_SECONDS", "12")))
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void anIntervalBelowOneSecondOrNotANumberIsRefusedWithTheReason() {
    assertThatThrownBy(() -> parse("--poll-seconds", "0").pollInterval(Map.of()))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> parse().pollInterval(Map.of("KAYAKO_POLL_SECONDS", "soon")))
        .hasMessageContaining("KAYAKO_POLL_SECONDS must be a whole number");
  }
}
