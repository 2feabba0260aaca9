package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.client.KayakoApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter rules, on the real tools plus a write tool (the seed has none). */
class ToolFilterTest {

  /** A destructive write tool in its own toolset, to prove read-only wins. */
  static final class FakeWriteTool implements KayakoTool {
    static final String NAME = "kayako_delete_everything";

    @Override
    public ToolDefinition definition() {
      return new ToolDefinition(
          NAME,
          "Delete everything",
          "Test-only write tool.",
          Map.of("type", "object", "properties", Map.of()),
          Map.of("type", "object", "properties", Map.of()),
          false,
          true,
          false,
          "admin");
    }

    @Override
    public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
      throw new AssertionError("a filtered-out tool must never run");
    }
  }

  static List<KayakoTool> all() {
    List<KayakoTool> tools = new ArrayList<>(ToolRegistry.allTools());
    tools.add(new FakeWriteTool());
    return tools;
  }

  private static List<String> names(ToolFilter f) {
    return new ToolRegistry(all())
        .filtered(f).tools().stream().map(t -> t.definition().name()).toList();
  }

  @Test
  void noFilterAndAllExposeEverything() {
    assertThat(names(ToolFilter.none())).hasSize(all().size());
    assertThat(names(ToolFilter.parse("all", null, null, false))).hasSize(all().size());
    assertThat(ToolFilter.parse(" , ", "", null, false).isEmpty()).isTrue();
  }

  /** The names of the tools in a toolset, in registry order. */
  private static List<String> toolset(String name) {
    return all().stream()
        .filter(t -> t.definition().toolset().equals(name))
        .map(t -> t.definition().name())
        .toList();
  }

  @Test
  void toolsetsSelectTheirTools() {
    List<String> lookups = toolset("lookups");
    assertThat(lookups).contains("kayako_get_departments", "kayako_get_ticket_statuses");
    assertThat(names(ToolFilter.parse("lookups", null, null, false)))
        .containsExactlyElementsOf(lookups);
    List<String> withAdmin = new ArrayList<>(lookups);
    withAdmin.add(FakeWriteTool.NAME);
    assertThat(names(ToolFilter.parse("lookups,admin", null, null, false)))
        .containsExactlyInAnyOrderElementsOf(withAdmin);
  }

  @Test
  void explicitToolsAloneOrAddedToToolsets() {
    assertThat(names(ToolFilter.parse(null, "kayako_get_ticket", null, false)))
        .containsExactly("kayako_get_ticket");
    List<String> expected = new ArrayList<>(toolset("lookups"));
    expected.add("kayako_get_ticket");
    assertThat(names(ToolFilter.parse("lookups", "kayako_get_ticket", null, false)))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void excludeRemovesEvenWhatWasEnabled() {
    List<String> expected = new ArrayList<>(toolset("lookups"));
    expected.remove("kayako_get_departments");
    assertThat(names(ToolFilter.parse("lookups", null, "kayako_get_departments", false)))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(names(ToolFilter.parse(null, "kayako_get_ticket", "kayako_get_ticket", false)))
        .isEmpty();
  }

  @Test
  void readOnlyWinsOverEverything() {
    assertThat(names(ToolFilter.parse(null, null, null, true)))
        .doesNotContain(FakeWriteTool.NAME)
        .hasSize(all().size() - 1);
    assertThat(names(ToolFilter.parse("admin", FakeWriteTool.NAME, null, true))).isEmpty();
  }

  @Test
  void unknownNamesAreRefusedWithWhatExists() {
    assertThatThrownBy(() -> names(ToolFilter.parse("tickts", null, null, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown toolset \"tickts\"")
        .hasMessageContaining("tickets");
    assertThatThrownBy(() -> names(ToolFilter.parse(null, null, "kayako_nope", false)))
        .hasMessageContaining("kayako_nope");
  }
}
