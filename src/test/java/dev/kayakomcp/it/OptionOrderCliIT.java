package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.cli.Main;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options written before a command: applied when the command takes the same option, otherwise
 * refused with where to write them (never dropped); and what {@code call} lists for an unknown
 * tool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class OptionOrderCliIT {

  /** The tools that change Kayako, as the README names them. */
  private static final List<String> WRITE_TOOLS =
      List.of(
          "kayako_create_ticket",
          "kayako_reply_to_ticket",
          "kayako_add_ticket_note",
          "kayako_update_ticket",
          "kayako_log_time");

  private KayakoEmulator emulator;
  @TempDir Path dir;

  @BeforeAll
  void start() {
    // The defaults are what --demo starts too, so its data is known here.
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
  }

  @AfterAll
  void stop() {
    emulator.close();
  }

  private record Run(int code, String out, String err) {}

  /** Runs with an empty environment: whatever reaches Kayako came from the flags. */
  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            dir);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private List<String> departmentTitles() {
    emulator.helpdesk().lock.readLock().lock();
    try {
      return emulator.helpdesk().departments.values().stream().map(Department::title).toList();
    } finally {
      emulator.helpdesk().lock.readLock().unlock();
    }
  }

  @Test
  void demoBeforeCallApplies() {
    Run r = run("--demo", "call", "kayako_get_departments");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(departmentTitles()).isNotEmpty().allSatisfy(t -> assertThat(r.out()).contains(t));
  }

  @Test
  void connectionOptionsBeforeCallApply() {
    Run r =
        run(
            "--api-url",
            emulator.apiUrl(),
            "--api-key",
            emulator.apiKey(),
            "--secret-key",
            emulator.secretKey(),
            "call",
            "kayako_get_departments");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(departmentTitles()).allSatisfy(t -> assertThat(r.out()).contains(t));
  }

  @Test
  void writeOptionsBeforeCallApply() throws Exception {
    Staff staff;
    Ticket ticket;
    emulator.helpdesk().lock.readLock().lock();
    try {
      staff =
          emulator.helpdesk().staff.values().stream()
              .filter(Staff::enabled)
              .findFirst()
              .orElseThrow();
      ticket = emulator.helpdesk().tickets.firstEntry().getValue();
    } finally {
      emulator.helpdesk().lock.readLock().unlock();
    }
    Path audit = dir.resolve("audit.log");
    String text = "Option order check " + System.nanoTime();
    Run r =
        run(
            "--allow-writes",
            "--staff",
            String.valueOf(staff.id()),
            "--audit-log",
            audit.toString(),
            "call",
            "--api-url",
            emulator.apiUrl(),
            "--api-key",
            emulator.apiKey(),
            "--secret-key",
            emulator.secretKey(),
            "kayako_add_ticket_note",
            "ticket_id=" + ticket.id(),
            "contents=" + text);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(audit)).contains("tool=kayako_add_ticket_note");
    emulator.helpdesk().lock.readLock().lock();
    try {
      assertThat(emulator.helpdesk().ticketNotes.get(ticket.id()))
          .extracting(Note::contents)
          .anySatisfy(c -> assertThat(c).contains(text));
    } finally {
      emulator.helpdesk().lock.readLock().unlock();
    }
    Run unknownStaff =
        run("--allow-writes", "--staff", "99999", "--demo", "call", "kayako_get_departments");
    assertThat(unknownStaff.code()).isEqualTo(2);
    assertThat(unknownStaff.err()).contains("99999 is not a staff member");
  }

  @Test
  void anOptionGivenOnBothSidesMustAgree() {
    Run twice = run("--read-timeout", "5", "call", "--read-timeout", "6", "kayako_nope");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err())
        .contains("--read-timeout is given twice, before and after 'call'; give it once");
    Run same = run("--demo", "call", "--demo", "kayako_get_departments");
    assertThat(same.code()).as(same.err()).isZero();
  }

  @Test
  void serveOptionsBeforeServeApply() {
    // A toolset that does not exist fails at once, which proves --toolsets reached serve.
    Run r = run("--toolsets", "no-such-set", "serve", "--demo");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-set");
    // Without it, serve on an empty stdin ends cleanly: --demo before serve applied too.
    Run demo = run("--demo", "--read-only", "serve");
    assertThat(demo.code()).as(demo.err()).isZero();
  }

  @Test
  void optionsACommandDoesNotTakeAreRefusedWithWhereTheyGo() {
    for (String[] args :
        List.of(
            new String[] {"--http", "call", "kayako_get_departments"},
            new String[] {"-t", "call", "kayako_get_departments"},
            new String[] {"--demo", "demo"},
            new String[] {"--demo", "bench"},
            new String[] {"--allow-writes", "demo"},
            new String[] {"--demo", "emulator"})) {
      Run r = run(args);
      String option = args[0];
      String command = args[1];
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      String longName = option.equals("-t") ? "--test-credentials" : option;
      assertThat(r.err())
          .as(String.join(" ", args))
          .contains("'" + command + "' does not take " + longName)
          .contains("kayako-mcp " + command + " --help")
          .contains("without a command: kayako-mcp " + longName);
      assertThat(r.out()).as("nothing ran").isEmpty();
    }
  }

  @Test
  void aNamesakeOptionOfTheCommandIsRefusedWithTheOrderThatWorks() {
    Map<String, String> namesakes =
        Map.of("--port", "8089", "--host", "127.0.0.1", "--api-key", "k", "--secret-key", "s");
    namesakes.forEach(
        (option, value) -> {
          Run r = run(option, value, "emulator");
          assertThat(r.code()).as(option).isEqualTo(2);
          assertThat(r.err())
              .as(option)
              .contains(option + " before 'emulator' is an option of kayako-mcp itself")
              .contains("write it after the command: kayako-mcp emulator " + option);
          assertThat(r.out()).as("the emulator did not start").isEmpty();
        });
  }

  @Test
  void helpAfterOptionsStillShowsTheCommandsHelp() {
    Run r = run("--demo", "call", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: kayako-mcp call");
  }

  @Test
  void anUnknownToolListsOnlyWhatThisConfigurationCanCall() {
    Run off = run("--demo", "call", "kayako_nope");
    assertThat(off.code()).isEqualTo(2);
    assertThat(off.err())
        .contains("no tool named 'kayako_nope'")
        .contains("kayako_get_ticket")
        .contains("kayako_get_departments")
        .contains("The write tools need --allow-writes --staff ID.");
    WRITE_TOOLS.forEach(w -> assertThat(off.err()).doesNotContain(w));
    assertThat(off.out()).isEmpty();

    Run on = run("--allow-writes", "call", "kayako_nope");
    assertThat(on.code()).isEqualTo(2);
    assertThat(on.err()).contains("kayako_get_ticket").doesNotContain("need --allow-writes");
    WRITE_TOOLS.forEach(w -> assertThat(on.err()).contains(w));
  }

  @Test
  void aWriteToolWhileWritesAreOffSaysHowToAllowThem() {
    Run r = run("--demo", "call", "kayako_add_ticket_note", "ticket_id=1", "contents=x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("writes are off").contains("--allow-writes --staff ID");
  }

  @Test
  void refusedToolsCostNoKayakoRequest() {
    String[] connection = {
      "--api-url",
      emulator.apiUrl(),
      "--api-key",
      emulator.apiKey(),
      "--secret-key",
      emulator.secretKey()
    };
    emulator.requests().reset();
    for (String tool : List.of("kayako_nope", "kayako_add_ticket_note")) {
      String[] args = new String[connection.length + 2];
      System.arraycopy(connection, 0, args, 0, connection.length);
      args[connection.length] = "call";
      args[connection.length + 1] = tool;
      assertThat(run(args).code()).as(tool).isEqualTo(2);
    }
    assertThat(emulator.requests().drain()).isEmpty();
  }
}
