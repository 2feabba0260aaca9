package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.cli.Main;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** Write mode from the command line: off by default, and a staff identity checked at start. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class WriteModeCliIT {

  private KayakoEmulator emulator;
  private Path dir;

  @BeforeAll
  void start() throws Exception {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    dir = Files.createTempDirectory("kayako-cli-writes");
  }

  @AfterAll
  void stop() {
    emulator.close();
  }

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, String> extraEnv, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("KAYAKO_API_URL", emulator.apiUrl());
    env.put("KAYAKO_API_KEY", emulator.apiKey());
    env.put("KAYAKO_SECRET_KEY", emulator.secretKey());
    env.putAll(extraEnv);
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

  private Ticket anyTicket() {
    return emulator.helpdesk().tickets.firstEntry().getValue();
  }

  @Test
  void writeToolsAreRefusedUnlessAllowed() {
    Run r =
        run(
            Map.of(),
            "call",
            "kayako_add_ticket_note",
            "ticket_id=" + anyTicket().id(),
            "contents=hi");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("writes are off").contains("--allow-writes");
  }

  @Test
  void allowingWritesNeedsAKnownEnabledStaffMember() {
    Run none =
        run(
            Map.of(),
            "call",
            "kayako_add_ticket_note",
            "--allow-writes",
            "ticket_id=1",
            "contents=hi");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("--staff ID or KAYAKO_STAFF_ID");
    Run unknown =
        run(
            Map.of("KAYAKO_ALLOW_WRITES", "true", "KAYAKO_STAFF_ID", "9999"),
            "call",
            "kayako_add_ticket_note",
            "ticket_id=1",
            "contents=hi");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("9999 is not a staff member");
    Staff disabled =
        emulator.helpdesk().staff.values().stream()
            .filter(s -> !s.enabled())
            .findFirst()
            .orElse(null);
    if (disabled != null) {
      Run off =
          run(
              Map.of(),
              "call",
              "kayako_add_ticket_note",
              "--allow-writes",
              "--staff",
              String.valueOf(disabled.id()),
              "ticket_id=1",
              "contents=hi");
      assertThat(off.code()).isEqualTo(2);
      assertThat(off.err()).contains("is disabled");
    }
  }

  @Test
  void anAllowedWriteIsMadeAndAudited() throws Exception {
    Staff staff =
        emulator.helpdesk().staff.values().stream()
            .filter(Staff::enabled)
            .findFirst()
            .orElseThrow();
    Ticket t = anyTicket();
    Path audit = dir.resolve("audit.log");
    Run r =
        run(
            Map.of(),
            "call",
            "kayako_add_ticket_note",
            "--allow-writes",
            "--staff",
            String.valueOf(staff.id()),
            "--audit-log",
            audit.toString(),
            "ticket_id=" + t.displayId(),
            "contents=Called the customer back");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("landed").contains(staff.fullName());
    String log = Files.readString(audit);
    assertThat(log)
        .contains("tool=kayako_add_ticket_note")
        .contains(t.displayId())
        .contains("landed note");
    assertThat(log + r.out() + r.err())
        .doesNotContain(emulator.secretKey())
        .doesNotContain(emulator.apiKey());
  }
}
