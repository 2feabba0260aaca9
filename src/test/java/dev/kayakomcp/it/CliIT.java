package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.cli.Main;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Ticket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes and what goes to stdout and stderr. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class CliIT {

  private KayakoEmulator emulator;
  @TempDir Path dir;

  @BeforeAll
  void start() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
  }

  @AfterAll
  void stop() {
    emulator.close();
  }

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            dir);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Map<String, String> env() {
    return Map.of(
        "KAYAKO_API_URL", emulator.apiUrl(),
        "KAYAKO_API_KEY", emulator.apiKey(),
        "KAYAKO_SECRET_KEY", emulator.secretKey());
  }

  @Test
  void helpAndVersion() {
    Run help = run(Map.of(), "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .contains("Usage: kayako-mcp")
        .contains("--test-credentials")
        .contains("call");
    Run version = run(Map.of(), "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("kayako-mcp ");
  }

  @Test
  void missingConfigurationIsAClearMessageAndExitCode2() {
    Run r = run(Map.of());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("Missing Kayako configuration")
        .contains("KAYAKO_API_URL")
        .contains("--demo");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void dotEnvInTheWorkingDirectoryIsRead() throws Exception {
    Files.writeString(
        dir.resolve(".env"),
        "KAYAKO_API_URL="
            + emulator.apiUrl()
            + "\nKAYAKO_API_KEY="
            + emulator.apiKey()
            + "\nKAYAKO_SECRET_KEY="
            + emulator.secretKey()
            + "\n");
    Run r = run(Map.of(), "-t");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
  }

  @Test
  void testCredentialsSucceedsWithTheDepartmentCount() {
    Run r = run(env(), "--test-credentials");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("SUCCESS")
        .contains("Departments found: " + emulator.helpdesk().departments.size());
    assertThat(r.out()).doesNotContain(emulator.secretKey()).doesNotContain(emulator.apiKey());
  }

  @Test
  void testCredentialsDiagnosesAWrongSecretWithoutShowingIt() {
    Map<String, String> env = new java.util.HashMap<>(env());
    env.put("KAYAKO_SECRET_KEY", "wrong-secret-value-xyz");
    Run r = run(env, "-t");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("FAILED").containsIgnoringCase("secret");
    assertThat(r.out() + r.err())
        .doesNotContain("wrong-secret-value-xyz")
        .doesNotContain(emulator.apiKey());
  }

  @Test
  void testCredentialsDiagnosesAWrongUrl() {
    Map<String, String> env = new java.util.HashMap<>(env());
    env.put(
        "KAYAKO_API_URL", emulator.apiUrl().replace("/api/index.php", "/nothing-here/index.php"));
    Run r = run(env, "-t");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("FAILED").contains("nothing-here");
  }

  @Test
  void callRunsOneToolAndPrintsItsAnswer() {
    Ticket t = emulator.helpdesk().tickets.firstEntry().getValue();
    Run r = run(env(), "call", "kayako_get_ticket", "ticket_id=" + t.displayId());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(t.displayId()).contains(t.subject().strip());
    Run missing = run(env(), "call", "kayako_get_ticket", "ticket_id=999999");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("Ticket not found");
    Run unknown = run(env(), "call", "kayako_nope");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("kayako_get_ticket");
  }
}
