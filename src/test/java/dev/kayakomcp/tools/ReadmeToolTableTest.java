package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's tool table is what the registry generates. When a tool changes, regenerate it with
 * {@code ./mvnw -q test -Dtest=ReadmeToolTableTest -Dreadme.update=true}.
 */
class ReadmeToolTableTest {

  private static final Path README = Path.of("README.md");

  @Test
  void readmeToolTableMatchesTheRegistry() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String generated =
        ToolTable.markdown(ToolRegistry.forWrites(WriteSettings.allowedAs(1)).tools());
    if (Boolean.getBoolean("readme.update")) {
      Files.writeString(README, ToolTable.replace(readme, generated), StandardCharsets.UTF_8);
      readme = Files.readString(README, StandardCharsets.UTF_8);
    }
    assertThat(ToolTable.current(readme))
        .as(
            "README.md's tool table is stale; regenerate it: ./mvnw -q test"
                + " -Dtest=ReadmeToolTableTest -Dreadme.update=true")
        .isEqualTo(generated);
  }

  @Test
  void replacingKeepsEverythingOutsideTheMarkers() {
    String readme = "intro\n" + ToolTable.START + "\nold\n" + ToolTable.END + "\noutro\n";
    String out = ToolTable.replace(readme, "| new |\n");
    assertThat(out)
        .isEqualTo("intro\n" + ToolTable.START + "\n| new |\n" + ToolTable.END + "\noutro\n");
    assertThat(ToolTable.current(out)).isEqualTo("| new |\n");
  }
}
