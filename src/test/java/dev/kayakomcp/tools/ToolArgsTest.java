package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolArgsTest {

  @Test
  void numbersMayArriveAsStrings() {
    ToolArgs a = ToolArgs.of(Map.of("limit", "42", "offset", 3.0));
    assertThat(a.intInRange("limit", 20, 1, 100)).isEqualTo(42);
    assertThat(a.intInRange("offset", 0, 0, 100)).isEqualTo(3);
  }

  @Test
  void theLegacyParamsWrapperIsUnwrapped() {
    ToolArgs a =
        ToolArgs.of(Map.of("params", Map.of("ticket_id", "1042", "include_posts", "true")));
    assertThat(a.requiredString("ticket_id")).isEqualTo("1042");
    assertThat(a.bool("include_posts", false)).isTrue();
  }

  @Test
  void booleansAcceptCommonSpellings() {
    ToolArgs a = ToolArgs.of(Map.of("a", "1", "b", "no", "c", 0, "d", true));
    assertThat(a.bool("a", false)).isTrue();
    assertThat(a.bool("b", true)).isFalse();
    assertThat(a.bool("c", true)).isFalse();
    assertThat(a.bool("d", false)).isTrue();
    assertThat(a.bool("missing", true)).isTrue();
  }

  @Test
  void outOfRangeAndGarbageSayWhatIsAllowed() {
    ToolArgs a = ToolArgs.of(Map.of("limit", 500, "offset", "abc", "x", 1.5, "b", "maybe"));
    assertThatThrownBy(() -> a.intInRange("limit", 20, 1, 100))
        .isInstanceOf(ToolArgumentException.class)
        .hasMessage("'limit' must be between 1 and 100, not 500.");
    assertThatThrownBy(() -> a.optionalInt("offset")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> a.optionalInt("x")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> a.bool("b", false)).hasMessageContaining("true or false");
  }

  @Test
  void requiredStringsMustBeThere() {
    assertThatThrownBy(() -> ToolArgs.of(Map.of("query", "  ")).requiredString("query"))
        .hasMessage("'query' is required.");
    assertThatThrownBy(() -> ToolArgs.of(null).requiredString("query"))
        .hasMessage("'query' is required.");
  }

  @Test
  void idListsComeAsNumbersStringsCommaListsOrArrays() {
    assertThat(ToolArgs.of(Map.of("d", 3)).intList("d")).containsExactly(3);
    assertThat(ToolArgs.of(Map.of("d", "1, 2,3")).intList("d")).containsExactly(1, 2, 3);
    assertThat(ToolArgs.of(Map.of("d", List.of(4, "5"))).intList("d")).containsExactly(4, 5);
    assertThat(ToolArgs.of(Map.of()).intList("d")).isEmpty();
    assertThatThrownBy(() -> ToolArgs.of(Map.of("d", "1,x")).intList("d"))
        .hasMessageContaining("comma list");
  }

  @Test
  void responseFormatIsMarkdownByDefault() {
    assertThat(ToolArgs.of(Map.of()).format()).isEqualTo(ResponseFormat.MARKDOWN);
    assertThat(ToolArgs.of(Map.of("response_format", "JSON")).format())
        .isEqualTo(ResponseFormat.JSON);
    assertThatThrownBy(() -> ToolArgs.of(Map.of("response_format", "xml")).format())
        .hasMessageContaining("\"markdown\" or \"json\"");
  }
}
