package dev.kayakomcp.cli;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.config.ConfigException;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.tools.WriteContext;
import dev.kayakomcp.tools.WriteSettings;
import dev.kayakomcp.write.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the write settings from flags and environment and checks the staff identity. */
final class WritePolicy {

  private static final Logger LOG = LoggerFactory.getLogger(WritePolicy.class);

  private WritePolicy() {}

  static WriteContext resolve(
      WriteOptions options, Map<String, String> env, KayakoClient client, boolean demo)
      throws ConfigException {
    Clock clock = Clock.systemUTC();
    String auditPath = options.auditLog != null ? options.auditLog : env.get("KAYAKO_AUDIT_LOG");
    AuditLog audit =
        auditPath == null || auditPath.isBlank()
            ? AuditLog.toStderr(clock)
            : new AuditLog(Path.of(auditPath), clock);
    if (!allowed(options, env)) {
      return WriteContext.of(WriteSettings.readOnly(), audit);
    }
    Integer staffId = options.staffId != null ? options.staffId : parse(env.get("KAYAKO_STAFF_ID"));
    List<Staff> staff;
    try {
      staff = client.staff();
    } catch (KayakoApiException e) {
      throw new ConfigException(
          "Writes are allowed, but the staff identity cannot be checked: " + e.getMessage());
    }
    if (staffId == null && demo) {
      staffId = staff.stream().filter(Staff::enabled).map(Staff::id).findFirst().orElse(null);
    }
    if (staffId == null) {
      throw new ConfigException(
          "Writes are allowed (--allow-writes / KAYAKO_ALLOW_WRITES), so name the staff member they"
              + " act as with --staff ID or KAYAKO_STAFF_ID. Staff: "
              + describe(staff)
              + ".");
    }
    int id = staffId;
    Optional<Staff> who = staff.stream().filter(s -> s.id() == id).findFirst();
    if (who.isEmpty()) {
      throw new ConfigException(
          "KAYAKO_STAFF_ID "
              + id
              + " is not a staff member of this helpdesk. Staff: "
              + describe(staff)
              + ".");
    }
    if (!who.get().enabled()) {
      throw new ConfigException(
          "Staff member "
              + id
              + " ("
              + who.get().fullName()
              + ") is disabled in Kayako; writes"
              + " must act as an enabled account.");
    }
    LOG.info("Write tools enabled, acting as staff {} ({})", id, who.get().fullName());
    return WriteContext.of(
        WriteSettings.allowedAs(id)
            .withRecoveryBudget(Duration.ofSeconds(Math.max(1, options.recoverySeconds))),
        audit);
  }

  /** Whether the flags or the environment allow writes (the staff identity is checked apart). */
  static boolean allowed(WriteOptions options, Map<String, String> env) {
    return options.allowWrites
        || "true".equalsIgnoreCase(env.getOrDefault("KAYAKO_ALLOW_WRITES", "").strip());
  }

  private static Integer parse(String value) throws ConfigException {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException("KAYAKO_STAFF_ID must be a numeric staff id, not '" + value + "'.");
    }
  }

  private static String describe(List<Staff> staff) {
    List<String> names =
        staff.stream()
            .filter(Staff::enabled)
            .limit(20)
            .map(
                s ->
                    s.id()
                        + " "
                        + s.fullName()
                        + " ("
                        + s.userName().toLowerCase(Locale.ROOT)
                        + ")")
            .toList();
    return String.join(", ", names) + (staff.size() > 20 ? ", …" : "");
  }
}
