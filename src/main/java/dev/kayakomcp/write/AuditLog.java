package dev.kayakomcp.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per write: time, tool, ticket, fields changed and the outcome — to stderr by default or
 * appended to a file. Values are field names and ids plus short texts' lengths, never credentials.
 */
public final class AuditLog {

  private static final Logger LOG = LoggerFactory.getLogger("kayako-mcp.audit");

  private final Path file;
  private final Clock clock;
  private final List<String> recent = new ArrayList<>();

  /**
   * @param file where to append, or null for stderr
   */
  public AuditLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  public static AuditLog toStderr(Clock clock) {
    return new AuditLog(null, clock);
  }

  /** Records one write (or dry run) and its outcome. */
  public synchronized void record(
      String tool, String ticket, Map<String, String> fields, String outcome) {
    StringBuilder line = new StringBuilder("AUDIT ");
    line.append(Instant.now(clock)).append(" tool=").append(tool);
    line.append(" ticket=").append(ticket == null ? "-" : ticket);
    line.append(" fields={");
    boolean first = true;
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (!first) {
        line.append(", ");
      }
      first = false;
      line.append(e.getKey()).append('=').append(oneLine(e.getValue()));
    }
    line.append("} outcome=").append(outcome);
    String text = line.toString();
    recent.add(text);
    if (recent.size() > 100) {
      recent.remove(0);
    }
    if (file == null) {
      LOG.info(text);
      return;
    }
    try {
      Files.writeString(
          file,
          text + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      LOG.error("could not append to the audit log {}: {}", file, e.getMessage());
      LOG.info(text);
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines written (at most 100), for tests and diagnostics. */
  public synchronized List<String> recent() {
    return List.copyOf(recent);
  }

  private static String oneLine(String value) {
    if (value == null) {
      return "";
    }
    String flat = value.replaceAll("\\s+", " ").strip();
    return flat.length() > 60 ? flat.substring(0, 60) + "…(" + value.length() + " chars)" : flat;
  }
}
