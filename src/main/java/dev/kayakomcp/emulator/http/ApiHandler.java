package dev.kayakomcp.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.kayakomcp.emulator.EmulatorSettings;
import dev.kayakomcp.emulator.Faults;
import dev.kayakomcp.emulator.RequestLog;
import dev.kayakomcp.emulator.api.Controller;
import dev.kayakomcp.emulator.api.Dispatcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/index.php}: reads the body, applies faults, routes, checks the API switch and
 * the signature, takes parameters from where Kayako takes them for the method, dispatches, and
 * turns every failure into a short plain-text answer (never a stack trace).
 */
public final class ApiHandler implements HttpHandler {

  public static final String PATH = "/api/index.php";

  /** Bodies above this are refused; Kayako has no API limit but PHP's post_max_size applies. */
  static final int MAX_BODY = 64 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

  private static final String HTML_502 =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
          + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
          + "</body>\r\n</html>\r\n";

  private final Dispatcher dispatcher;
  private final Authenticator authenticator;
  private final EmulatorSettings settings;
  private final Faults faults;
  private final RequestLog requests;

  public ApiHandler(
      Dispatcher dispatcher,
      Authenticator authenticator,
      EmulatorSettings settings,
      Faults faults) {
    this(dispatcher, authenticator, settings, faults, new RequestLog());
  }

  public ApiHandler(
      Dispatcher dispatcher,
      Authenticator authenticator,
      EmulatorSettings settings,
      Faults faults,
      RequestLog requests) {
    this.dispatcher = dispatcher;
    this.authenticator = authenticator;
    this.settings = settings;
    this.faults = faults;
    this.requests = requests;
  }

  @Override
  public void handle(HttpExchange ex) {
    try (ex) {
      serve(ex);
    } catch (ResponseWriter.CutConnection e) {
      // Intended: the exchange closes with bytes owed, which drops the connection.
    } catch (IOException | RuntimeException e) {
      LOG.debug("answer not delivered: {}", e.toString());
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    byte[] body = readBody(ex);
    if (body == null) {
      ResponseWriter.send(
          ex, ApiResponse.text(413, ApiResponse.PHP_DEFAULT, "Request Entity Too Large"));
      return;
    }
    Faults.Plan plan = faults.next(ex.getRequestMethod());
    // An after-call fault still reached the helpdesk: the request counts as handled.
    requests.record(
        ex.getRequestMethod(),
        routeOf(ex, body),
        !plan.afterCall() && answeredByFault(plan.kind()));
    // After-call faults: the helpdesk handles the request (a write is stored), then the answer is
    // delayed or lost on the way back.
    ApiResponse handled = plan.afterCall() ? handle(ex, body) : null;
    ResponseWriter.sleep(plan.latencyMs());
    switch (plan.kind()) {
      case NO_ANSWER -> {
        // Hold the request, then drop the connection without a status line.
        ResponseWriter.sleep(plan.holdMs());
        return;
      }
      case HTML_ERROR -> {
        ResponseWriter.send(
            ex, ApiResponse.text(502, "text/html", HTML_502), plan.bytesPerSecond(), false);
        return;
      }
      case SERVER_ERROR -> {
        ResponseWriter.send(
            ex,
            ApiResponse.text(plan.status(), "text/plain", reason(plan.status())),
            plan.bytesPerSecond(),
            false);
        return;
      }
      case RATE_LIMIT -> {
        ex.getResponseHeaders().set("Retry-After", Integer.toString(plan.retryAfterSeconds()));
        ResponseWriter.send(
            ex,
            ApiResponse.text(429, "text/plain", "Too Many Requests"),
            plan.bytesPerSecond(),
            false);
        return;
      }
      default -> {}
    }
    ApiResponse response = handled != null ? handled : handle(ex, body);
    if (plan.kind() == Faults.Kind.MALFORMED && response.status() == 200) {
      response = malformed(response);
    } else if (plan.kind() == Faults.Kind.PHP_NOTICE && response.status() == 200) {
      response = withNotice(response);
    }
    ResponseWriter.send(ex, response, plan.bytesPerSecond(), plan.kind() == Faults.Kind.CUT);
  }

  private ApiResponse handle(HttpExchange ex, byte[] body) {
    try {
      return respond(ex, body);
    } catch (RuntimeException e) {
      // A bug or broken data: a short answer, never a stack trace.
      LOG.warn("unexpected failure answering {}: {}", ex.getRequestURI().getPath(), e.toString());
      return ApiResponse.text(500, "text/plain", "Internal Server Error");
    }
  }

  /** Routing, the API switch, authentication and dispatch; errors become responses. */
  ApiResponse respond(HttpExchange ex, byte[] body) {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    String contentType = ex.getRequestHeaders().getFirst("Content-Type");
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
    boolean json = type.startsWith("application/json");
    Params bodyParams = Params.empty();
    Map<String, MultipartParser.UploadedFile> files = new HashMap<>();
    if (method.equals("POST")) {
      if (type.startsWith("multipart/form-data")) {
        String boundary = MultipartParser.boundary(contentType);
        if (boundary != null) {
          MultipartParser.Result parsed = MultipartParser.parse(body, boundary);
          bodyParams = parsed.fields();
          files.putAll(parsed.files());
        }
      } else if (type.startsWith("application/x-www-form-urlencoded")) {
        // Like PHP's $_POST: any other content type (or none) leaves the form empty.
        bodyParams = FormParser.parse(new String(body, StandardCharsets.UTF_8));
      }
    } else if (method.equals("PUT")
        && (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded"))) {
      bodyParams = FormParser.parse(new String(body, StandardCharsets.UTF_8));
    }

    String pathInfo = pathInfo(ex);
    if (!pathInfo.isEmpty() && !pathInfo.startsWith("/")) {
      return ApiResponse.text(404, ApiResponse.PHP_DEFAULT, "Not Found");
    }
    Router.Routed routed;
    try {
      routed = Router.route(ex.getRequestURI().getRawQuery(), pathInfo, bodyParams);
    } catch (ApiException e) {
      return ApiResponse.text(e.status(), ApiResponse.PHP_DEFAULT, e.body());
    }
    if (!settings.apiEnabled()) {
      return new ApiResponse(403, ApiResponse.PHP_DEFAULT, new byte[0]);
    }
    List<String> segments = routed.segments();
    Controller controller =
        segments.size() < 2 ? null : dispatcher.find(segments.get(0), segments.get(1));
    if (controller == null) {
      String route = segments.isEmpty() ? "(none)" : "/" + String.join("/", segments);
      return ApiResponse.text(
          404, ApiResponse.PHP_DEFAULT, "Unable to locate controller for route: " + route);
    }
    boolean fromBody = method.equals("POST") || method.equals("PUT");
    Params data = fromBody ? bodyParams : routed.query();
    Params auth = json ? jsonAuth(body) : data;
    if (json) {
      data = Params.empty();
    }
    try {
      authenticator.check(auth.get("apikey"), auth.get("salt"), auth.get("signature"));
    } catch (ApiException e) {
      return ApiResponse.text(e.status(), ApiResponse.PHP_DEFAULT, e.body());
    }
    ApiRequest request =
        new ApiRequest(
            method,
            segments.get(0),
            segments.get(1),
            segments.subList(2, segments.size()),
            data,
            files);
    try {
      return dispatcher.dispatch(controller, request);
    } catch (ApiException e) {
      return ApiResponse.text(e.status(), ApiResponse.XML, e.body());
    }
  }

  private static boolean answeredByFault(Faults.Kind kind) {
    return switch (kind) {
      case NO_ANSWER, HTML_ERROR, SERVER_ERROR, RATE_LIMIT -> true;
      default -> false;
    };
  }

  /** The route as the router will see it, for the request log; "" when there is none. */
  private static String routeOf(HttpExchange ex, byte[] body) {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    Params form =
        type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && ex.getRequestMethod().equalsIgnoreCase("POST")
            ? FormParser.parse(new String(body, StandardCharsets.UTF_8))
            : Params.empty();
    try {
      List<String> segments =
          Router.route(ex.getRequestURI().getRawQuery(), pathInfo(ex), form).segments();
      return segments.isEmpty() ? "" : "/" + String.join("/", segments);
    } catch (ApiException e) {
      return "";
    }
  }

  private static String pathInfo(HttpExchange ex) {
    String path = ex.getRequestURI().getRawPath();
    return path.length() > PATH.length() ? path.substring(PATH.length()) : "";
  }

  private static final Pattern JSON_STRING =
      Pattern.compile("\"(apikey|salt|signature)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** The auth layer reads apikey/salt/signature from a JSON body; nothing else is read from it. */
  private static Params jsonAuth(byte[] body) {
    Params p = Params.empty();
    Matcher m = JSON_STRING.matcher(new String(body, StandardCharsets.UTF_8));
    while (m.find()) {
      p.add(m.group(1), m.group(2).replace("\\/", "/"));
    }
    return p;
  }

  /** A 200 XML answer with its last third dropped and an unclosed tag: not well-formed. */
  private static ApiResponse malformed(ApiResponse r) {
    String text = r.bodyText();
    String cut = text.substring(0, Math.max(0, text.length() * 2 / 3)) + "<broken";
    return new ApiResponse(200, r.contentType(), cut.getBytes(StandardCharsets.UTF_8));
  }

  private static final String PHP_NOTICE =
      "<br />\n<b>Notice</b>:  Undefined index: staffid in"
          + " /var/www/helpdesk/__apps/tickets/api/class.Controller_Ticket.php on line 412<br />\n";

  /** PHP notices printed before the XML, as misconfigured servers do. */
  private static ApiResponse withNotice(ApiResponse r) {
    return new ApiResponse(
        200, r.contentType(), (PHP_NOTICE + r.bodyText()).getBytes(StandardCharsets.UTF_8));
  }

  private static String reason(int status) {
    return switch (status) {
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "Internal Server Error";
    };
  }

  /** The whole request body, or null when it is larger than {@link #MAX_BODY}. */
  private static byte[] readBody(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      int n;
      long total = 0;
      boolean tooBig = false;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > MAX_BODY) {
          tooBig = true;
        } else {
          out.write(buf, 0, n);
        }
      }
      return tooBig ? null : out.toByteArray();
    }
  }
}
