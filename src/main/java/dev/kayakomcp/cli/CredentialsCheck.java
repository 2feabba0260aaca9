package dev.kayakomcp.cli;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.config.ConfigException;
import dev.kayakomcp.model.Department;
import java.io.PrintStream;
import java.util.List;

/** {@code --test-credentials}: one real call, then success with figures or a diagnosis. */
final class CredentialsCheck {

  private CredentialsCheck() {}

  static int run(ConnectionOptions connection, Streams streams) {
    PrintStream out = streams.out();
    try (Backend backend = Backend.open(connection, streams.env(), streams.workingDir())) {
      out.println("Testing Kayako API credentials...");
      out.println("  API URL: " + backend.config().apiUrl());
      out.println("  API key: " + backend.config().apiKey().hint());
      try {
        List<Department> departments = backend.client().departments();
        long ticketDepartments =
            departments.stream().filter(Department::isTicketDepartment).count();
        out.println("SUCCESS: the API credentials are valid and working.");
        out.println(
            "  Departments found: "
                + departments.size()
                + " ("
                + ticketDepartments
                + " for tickets)");
        return 0;
      } catch (KayakoApiException e) {
        out.println("FAILED: " + Diagnosis.of(e));
        return 1;
      }
    } catch (ConfigException e) {
      streams.stderr().println("kayako-mcp: " + e.getMessage());
      return 2;
    }
  }
}
