package dev.kayakomcp.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.kayakomcp.emulator.EmulatorSettings;
import dev.kayakomcp.emulator.Faults;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The emulator's own control routes under {@code /_emulator/}, outside the Kayako API and open to
 * loopback callers only: {@code GET faults} shows faults and settings, {@code POST|PUT faults}
 * changes them from form or query parameters, {@code POST reset} restores the start values and
 * {@code GET health} answers {@code OK}. Answers are {@code name=value} lines in plain text.
 */
public final class ControlEndpoint implements HttpHandler {

  public static final String PATH = "/_emulator/";

  private final Faults faults;
  private final EmulatorSettings settings;
  private final Faults initialFaults;
  private final EmulatorSettings initialSettings;
  private final Map<String, Consumer<String>> setters;

  public ControlEndpoint(
      Faults faults,
      EmulatorSettings settings,
      Faults initialFaults,
      EmulatorSettings initialSettings) {
    this.faults = faults;
    this.settings = settings;
    this.initialFaults = initialFaults;
    this.initialSettings = initialSettings;
    this.setters = setters();
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readNBytes(1 << 20);
      }
      InetSocketAddress remote = ex.getRemoteAddress();
      if (remote == null || !remote.getAddress().isLoopbackAddress()) {
        ResponseWriter.send(ex, text(403, "Forbidden: loopback callers only"));
        return;
      }
      ApiResponse answer;
      try {
        answer = answer(ex, body);
      } catch (RuntimeException e) {
        answer = text(500, "Internal Server Error");
      }
      ResponseWriter.send(ex, answer);
    } catch (IOException | RuntimeException e) {
      // The caller went away or sent garbage; nothing useful to add.
    }
  }

  private ApiResponse answer(HttpExchange ex, byte[] body) {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    String route = ex.getRequestURI().getPath().substring(PATH.length());
    Params params = FormParser.parse(ex.getRequestURI().getRawQuery());
    FormParser.addTo(params, new String(body, StandardCharsets.UTF_8));
    switch (route) {
      case "health":
        return text(200, "OK");
      case "faults":
        if (method.equals("POST") || method.equals("PUT")) {
          try {
            apply(params);
          } catch (IllegalArgumentException e) {
            return text(400, "Bad value: " + e.getMessage());
          }
        } else if (!method.equals("GET")) {
          return text(405, "Use GET, POST or PUT");
        }
        return text(200, describe());
      case "reset":
        if (!method.equals("POST") && !method.equals("PUT")) {
          return text(405, "Use POST");
        }
        faults.copyFrom(initialFaults);
        settings.copyFrom(initialSettings);
        return text(200, describe());
      default:
        return text(404, "Unknown control route; try /_emulator/faults or /_emulator/reset");
    }
  }

  /** Applies every known parameter; unknown names are an error so typos do not pass silently. */
  private void apply(Params params) {
    for (String name : params.asMap().keySet()) {
      set(name, params.get(name).strip());
    }
  }

  private void set(String name, String v) {
    Consumer<String> setter = setters.get(name);
    if (setter == null) {
      throw new IllegalArgumentException("unknown setting " + name);
    }
    try {
      setter.accept(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "=" + v);
    }
  }

  private Map<String, Consumer<String>> setters() {
    return Map.ofEntries(
        Map.entry("latencyMs", x -> faults.latencyMs(Long.parseLong(x))),
        Map.entry("bytesPerSecond", x -> faults.bytesPerSecond(Integer.parseInt(x))),
        Map.entry(
            "serverErrorShare", x -> faults.serverErrors(share(x), intOf("serverErrorStatus"))),
        Map.entry(
            "serverErrorStatus",
            x -> faults.serverErrors(shareOf("serverErrorShare"), Integer.parseInt(x))),
        Map.entry("rateLimitShare", x -> faults.rateLimit(share(x), faults.retryAfterSeconds())),
        Map.entry(
            "retryAfterSeconds",
            x -> faults.rateLimit(shareOf("rateLimitShare"), Integer.parseInt(x))),
        Map.entry("noAnswerShare", x -> faults.noAnswer(share(x), faults.noAnswerMs())),
        Map.entry("noAnswerMs", x -> faults.noAnswer(shareOf("noAnswerShare"), Long.parseLong(x))),
        Map.entry("cutShare", x -> faults.cut(share(x))),
        Map.entry("malformedShare", x -> faults.malformedXml(share(x))),
        Map.entry("htmlErrorShare", x -> faults.htmlError(share(x))),
        Map.entry("phpNoticeShare", x -> faults.phpNotice(share(x))),
        Map.entry("onlyMethod", faults::onlyMethod),
        Map.entry("afterCall", x -> faults.afterCall(bool(x))),
        Map.entry("remaining", x -> faults.remaining(Integer.parseInt(x))),
        Map.entry("apiEnabled", x -> settings.apiEnabled(bool(x))),
        Map.entry("postOrder", x -> settings.postsDescending(order(x))),
        Map.entry("searchResultLimit", x -> settings.searchResultLimit(Integer.parseInt(x))));
  }

  private double shareOf(String name) {
    return Double.parseDouble(faults.describe().get(name));
  }

  private int intOf(String name) {
    return Integer.parseInt(faults.describe().get(name));
  }

  private static double share(String v) {
    double d = Double.parseDouble(v);
    if (Double.isNaN(d) || d < 0 || d > 1) {
      throw new IllegalArgumentException("share must be between 0 and 1: " + v);
    }
    return d;
  }

  private static boolean bool(String v) {
    return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes");
  }

  private static boolean order(String v) {
    if (v.equalsIgnoreCase("desc")) {
      return true;
    }
    if (v.equalsIgnoreCase("asc")) {
      return false;
    }
    throw new IllegalArgumentException("postOrder must be asc or desc: " + v);
  }

  private String describe() {
    return faults + "\n" + settings + "\n";
  }

  private static ApiResponse text(int status, String body) {
    return ApiResponse.text(status, "text/plain; charset=UTF-8", body);
  }
}
