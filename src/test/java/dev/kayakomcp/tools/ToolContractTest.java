package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What every tool in the registry must declare, so a client can show, trust and parse it: a title,
 * explicit annotations consistent with each other, an object input schema, and an output schema
 * (tool results carry matching structuredContent; the end-to-end tests check the results).
 */
class ToolContractTest {

  @TestFactory
  Iterable<DynamicTest> everyToolDeclaresTitleAnnotationsAndSchemas() {
    return ToolRegistry.forWrites(WriteSettings.allowedAs(1)).tools().stream()
        .map(
            tool ->
                DynamicTest.dynamicTest(
                    tool.definition().name(),
                    () -> {
                      ToolDefinition d = tool.definition();
                      McpSchema.Tool t = ToolRegistry.describe(d);
                      assertThat(t.name()).matches("kayako_[a-z]+(_[a-z]+)+");
                      assertThat(t.title()).isNotBlank();
                      assertThat(t.description()).isNotBlank();
                      assertThat(t.annotations()).isNotNull();
                      assertThat(t.annotations().title()).isEqualTo(t.title());
                      assertThat(t.annotations().readOnlyHint()).isEqualTo(d.readOnly());
                      assertThat(t.annotations().destructiveHint()).isNotNull();
                      assertThat(t.annotations().idempotentHint()).isNotNull();
                      if (d.readOnly()) {
                        assertThat(t.annotations().destructiveHint()).isFalse();
                        assertThat(t.annotations().idempotentHint()).isTrue();
                      }
                      assertThat(t.inputSchema()).containsEntry("type", "object");
                      Map<String, Object> out = t.outputSchema();
                      assertThat(out).isNotNull().containsEntry("type", "object");
                      assertThat(out).containsKey("properties");
                      assertThat(d.toolset()).matches("[a-z_]+");
                    }))
        .toList();
  }
}
