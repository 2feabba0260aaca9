package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.format.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each tool's definition as clients see it, compared with a reviewed snapshot so a change to a
 * name, schema or hint is deliberate. Refresh with {@code -Dsnapshots.update=true}; a missing
 * snapshot fails.
 */
class ToolDefinitionSnapshotTest {

  private static final Path DIR = Path.of("src/test/resources/tool-snapshots");
  private static final JsonMapper PRETTY = JsonMapper.builder().build();

  static String render(ToolDefinition d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("title", d.title());
    m.put("description", d.description());
    m.put("readOnly", d.readOnly());
    m.put("destructive", d.destructive());
    m.put("idempotent", d.idempotent());
    m.put("toolset", d.toolset());
    m.put("inputSchema", d.inputSchema());
    m.put("outputSchema", d.outputSchema());
    return PRETTY
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(PRETTY.readTree(Json.write(m)))
        + "\n";
  }

  private static java.util.List<KayakoTool> everyTool() {
    java.util.List<KayakoTool> all = new java.util.ArrayList<>(ToolRegistry.allTools());
    all.addAll(ToolRegistry.writeTools());
    return all;
  }

  @TestFactory
  Iterable<DynamicTest> everyToolMatchesItsSnapshot() {
    return everyTool().stream()
        .map(
            tool ->
                DynamicTest.dynamicTest(
                    tool.definition().name(),
                    () -> {
                      Path file = DIR.resolve(tool.definition().name() + ".json");
                      String now = render(tool.definition());
                      if (Boolean.getBoolean("snapshots.update")) {
                        Files.writeString(file, now, StandardCharsets.UTF_8);
                      }
                      assertThat(file)
                          .as("snapshot missing: run with -Dsnapshots.update=true and review it")
                          .exists();
                      assertThat(now).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
                    }))
        .toList();
  }

  @Test
  void namesAreUniqueAndFollowTheConvention() {
    Set<String> names = new HashSet<>();
    for (KayakoTool t : everyTool()) {
      assertThat(names.add(t.definition().name())).isTrue();
      assertThat(t.definition().name()).matches("kayako_[a-z]+(_[a-z]+)+");
      assertThat(t.definition().inputSchema()).containsEntry("type", "object");
      assertThat(t.definition().outputSchema()).containsEntry("type", "object");
    }
  }

  @Test
  void noSnapshotIsLeftOver() throws IOException {
    Set<String> names = new HashSet<>();
    everyTool().forEach(t -> names.add(t.definition().name() + ".json"));
    try (var files = Files.list(DIR)) {
      files.forEach(f -> assertThat(names).contains(f.getFileName().toString()));
    }
  }
}
