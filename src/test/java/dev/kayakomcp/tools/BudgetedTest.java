package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.format.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BudgetedTest {

  private static final List<String> ITEMS =
      IntStream.range(0, 50).mapToObj(i -> "item-" + i + "-" + "x".repeat(90)).toList();

  private final Budgeted.Renderer renderer =
      new Budgeted.Renderer() {
        @Override
        public String markdown(int shown) {
          return "# list\n"
              + String.join("\n", ITEMS.subList(0, shown))
              + "\nshown "
              + shown
              + " of "
              + ITEMS.size();
        }

        @Override
        public Map<String, Object> structured(int shown) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("items", ITEMS.subList(0, shown));
          m.put("total", ITEMS.size());
          return m;
        }
      };

  @Test
  void wholeItemsAreDroppedUntilBothFormsFit() {
    ToolResult r = Budgeted.render(ResponseFormat.MARKDOWN, ITEMS.size(), renderer, 1_000);
    assertThat(r.text().length()).isLessThanOrEqualTo(1_000);
    assertThat(Json.write(r.structured()).length()).isLessThanOrEqualTo(1_000);
    @SuppressWarnings("unchecked")
    List<String> items = (List<String>) r.structured().get("items");
    assertThat(items).isNotEmpty().allMatch(ITEMS::contains);
    // No item is cut in half: each shown item appears whole in the text.
    items.forEach(i -> assertThat(r.text()).contains(i));
    assertThat(r.text()).contains("shown " + items.size() + " of 50");
    // And one more would not have fitted.
    assertThat(
            Json.write(renderer.structured(items.size() + 1)).length() > 1_000
                || renderer.markdown(items.size() + 1).length() > 1_000)
        .isTrue();
  }

  @Test
  void jsonFormatTextIsTheStructuredContent() {
    ToolResult r = Budgeted.render(ResponseFormat.JSON, ITEMS.size(), renderer, 100_000);
    assertThat(r.text()).isEqualTo(Json.write(r.structured()));
    assertThat(r.text()).startsWith("{\"items\":[");
  }
}
