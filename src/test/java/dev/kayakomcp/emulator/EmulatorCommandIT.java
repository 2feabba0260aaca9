package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.cli.EmulatorCommand;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The emulator as a child process: three stdout lines, serves, and SIGTERM ends it cleanly. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EmulatorCommandIT {

  @Test
  void runsAsAProcessAndStopsOnSigterm() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                EmulatorCommand.class.getName(),
                "--port",
                "0",
                "--tickets",
                "3")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        lines.add(out.readLine());
      }
      assertThat(lines.get(0)).startsWith("KAYAKO_API_URL=http://127.0.0.1:");
      assertThat(lines.get(1)).startsWith("KAYAKO_API_KEY=");
      assertThat(lines.get(2)).startsWith("KAYAKO_SECRET_KEY=");
      String base = lines.get(0).substring("KAYAKO_API_URL=".length());
      HttpResponse<String> unsigned =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "?e=/Base/Department")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(unsigned.statusCode()).isEqualTo(401);
      assertThat(unsigned.body()).isEqualTo("NO SALT PROVIDED!");

      // SIGTERM through the handle: Process.destroy() would also close our end of stdout.
      p.toHandle().destroy();
      // Reading to the end also waits for the process to close its stdout.
      assertThat(out.readLine()).as("nothing more on stdout").isNull();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isIn(0, 143);
    } finally {
      p.destroyForcibly();
    }
  }
}
