package dev.kayakomcp.client;

import dev.kayakomcp.xml.SafeXml;
import dev.kayakomcp.xml.XmlNode;
import dev.kayakomcp.xml.XmlParseException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed HTTP exchange with Kayako and the mapping of its outcome: auth parameters in the query
 * for GET/DELETE and in the urlencoded body for POST/PUT (whose query holds only the route), the
 * status checked before any parsing, and every failure turned into a {@link KayakoApiException}
 * with secrets removed.
 */
final class KayakoHttp {

  private static final Logger LOG = LoggerFactory.getLogger(KayakoHttp.class);
  private static final int MAX_SERVER_TEXT = 300;

  /**
   * Larger answers are refused while they stream in (or at once, from their Content-Length), so
   * memory stays bounded; the XML parser's own caps are in the same range.
   */
  static final long MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

  /** Form fields the client sets itself; a caller's value would clash with authentication. */
  private static final Set<String> RESERVED_FIELDS = Set.of("apikey", "salt", "signature", "e");

  enum Method {
    GET,
    POST,
    PUT,
    DELETE
  }

  /**
   * One request. {@code ticketRef} names the ticket the call is about, for a clear "ticket not
   * found" message (null when the call is not about one ticket).
   */
  record Call(Method method, String route, List<Map.Entry<String, String>> form, String ticketRef) {
    Call {
      form = List.copyOf(form);
      for (Map.Entry<String, String> f : form) {
        if (RESERVED_FIELDS.contains(f.getKey().toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException(
              "'" + f.getKey() + "' is set by the client itself and cannot be a form field");
        }
      }
    }

    static Call get(String route) {
      return new Call(Method.GET, route, List.of(), null);
    }

    Call about(String ticket) {
      return new Call(method, route, form, ticket);
    }

    /** Whether the call may change Kayako: every POST, PUT and DELETE but the two searches. */
    boolean writes() {
      return method != Method.GET && !route.endsWith("Search");
    }
  }

  /** The raw answer; {@code url} is already redacted. */
  record Response(
      int status, byte[] body, String contentType, String url, String location, String retryAfter) {
    Response(int status, byte[] body, String contentType, String url, String location) {
      this(status, body, contentType, url, location, "");
    }
  }

  private final ApiEndpoint endpoint;
  private final RequestSigner signer;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final String userAgent;
  private final List<String> credentials;

  private final long maxResponseBytes;
  private final AtomicLong writes = new AtomicLong();
  private final Resilience resilience;

  KayakoHttp(ClientSettings settings, RequestSigner signer, HttpClient http) {
    this(settings, signer, http, MAX_RESPONSE_BYTES);
  }

  KayakoHttp(ClientSettings settings, RequestSigner signer, HttpClient http, long maxBytes) {
    this(settings, signer, http, maxBytes, ResilienceSettings.defaults());
  }

  KayakoHttp(
      ClientSettings settings,
      RequestSigner signer,
      HttpClient http,
      long maxBytes,
      ResilienceSettings resilience) {
    this.resilience = new Resilience(resilience);
    this.maxResponseBytes = maxBytes;
    this.endpoint = settings.endpoint();
    this.signer = signer;
    this.http = http;
    this.requestTimeout = settings.requestTimeout();
    this.userAgent = settings.userAgent();
    this.credentials = List.of(settings.apiKey().reveal(), settings.secretKey().reveal());
  }

  /** A JDK client as Kayako wants it: HTTP/1.1 with keep-alive, no silent redirects. */
  static HttpClient newHttpClient(ClientSettings settings) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout())
        // A redirected POST turns into a GET without its body (and its auth); report instead.
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Sends the call through the resilience policies (GETs retried on transient failures, breaker,
   * bulkhead, deadline) and returns the parsed XML, checking status and root element first.
   */
  XmlNode xml(Call call, String expectedRoot) {
    try {
      Response r = resilience.call(call.method() == Method.GET, () -> exchange(call));
      return parse(call, r, expectedRoot);
    } finally {
      // Counted when the write is over, landed or not: answers cached before it are stale.
      if (call.writes()) {
        writes.incrementAndGet();
      }
    }
  }

  /** Writes sent so far (finished, whatever their outcome). */
  long writes() {
    return writes.get();
  }

  Resilience resilience() {
    return resilience;
  }

  /** Sends the call once, without any policy, and throws unless the status is 200. */
  Response exchange(Call call) {
    // Bounded by what is left of the tool call's deadline, if one is running.
    Duration timeout = CallDeadline.bound(requestTimeout);
    boolean deadlineBound = timeout.compareTo(requestTimeout) < 0;
    if (timeout.toMillis() < 1) {
      throw Resilience.deadlineExceeded();
    }
    Map<String, String> auth = signer.authParameters();
    List<String> secrets = new ArrayList<>(credentials);
    secrets.add(auth.get("salt"));
    secrets.add(auth.get("signature"));

    HttpRequest request = build(call, auth, timeout);
    String safeUrl = Redaction.url(request.uri().toString());
    long started = System.nanoTime();
    HttpResponse<byte[]> response;
    // The request's own timeout stops at the headers; a body that stalls afterwards would hang
    // until the server gives up, so the whole exchange gets the same deadline here.
    CompletableFuture<HttpResponse<byte[]>> pending =
        http.sendAsync(request, LimitedBody.handler(maxResponseBytes));
    try {
      response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      if (deadlineBound) {
        throw Resilience.deadlineExceeded();
      }
      throw transportFailure(
          new HttpTimeoutException("the response did not complete in time"), safeUrl, secrets);
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      LimitedBody.TooLargeException tooLarge = find(cause, LimitedBody.TooLargeException.class);
      if (tooLarge != null) {
        throw tooLarge(tooLarge.limit(), safeUrl);
      }
      if (deadlineBound && find(cause, HttpTimeoutException.class) != null) {
        throw Resilience.deadlineExceeded();
      }
      throw transportFailure(
          cause instanceof IOException io ? io : new IOException(cause), safeUrl, secrets);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new KayakoTransportException(
          "The call to " + safeUrl + " was interrupted.",
          KayakoTransportException.Kind.INTERRUPTED,
          null);
    }
    LOG.debug(
        "{} {} -> {} in {} ms",
        call.method(),
        safeUrl,
        response.statusCode(),
        (System.nanoTime() - started) / 1_000_000);
    Response r =
        new Response(
            response.statusCode(),
            response.body() == null ? new byte[0] : response.body(),
            response.headers().firstValue("Content-Type").orElse(""),
            safeUrl,
            Redaction.scrub(
                Redaction.url(response.headers().firstValue("Location").orElse("")), secrets),
            response.headers().firstValue("Retry-After").orElse(""));
    if (r.status() != 200) {
      throw ErrorMapping.forStatus(call, r, secrets);
    }
    return r;
  }

  private HttpRequest build(Call call, Map<String, String> auth, Duration timeout) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder()
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .header("Accept", "text/xml, application/xml");
    List<Map.Entry<String, String>> authEntries = new ArrayList<>(auth.entrySet());
    switch (call.method()) {
      case GET, DELETE -> {
        if (!call.form().isEmpty()) {
          throw new IllegalArgumentException("GET and DELETE carry no form fields");
        }
        URI uri = endpoint.uri(call.route(), authEntries);
        b.uri(uri).method(call.method().name(), HttpRequest.BodyPublishers.noBody());
      }
      case POST, PUT -> {
        List<Map.Entry<String, String>> fields = new ArrayList<>(call.form());
        fields.addAll(authEntries);
        b.uri(endpoint.uri(call.route()))
            .header("Content-Type", FORM_CONTENT_TYPE)
            .method(
                call.method().name(),
                HttpRequest.BodyPublishers.ofString(formEncode(fields), StandardCharsets.UTF_8));
      }
      default -> throw new IllegalStateException("unknown method " + call.method());
    }
    return b.build();
  }

  /** {@code name=value&…} with both sides URL-encoded (so the signature's + / = are escaped). */
  static String formEncode(List<Map.Entry<String, String>> fields) {
    StringJoiner body = new StringJoiner("&");
    for (Map.Entry<String, String> f : fields) {
      body.add(ApiEndpoint.encode(f.getKey()) + "=" + ApiEndpoint.encode(f.getValue()));
    }
    return body.toString();
  }

  private static XmlNode parse(Call call, Response r, String expectedRoot) {
    if (isBlank(r.body())) {
      throw unexpected(r, "Kayako sent an empty answer where XML was expected", null);
    }
    if (looksLikeHtml(r.body())) {
      throw unexpected(
          r,
          "Kayako's URL answered with an HTML page"
              + titleOf(r.body())
              + " instead of API XML, so it is probably not the REST endpoint",
          null);
    }
    XmlNode root;
    try {
      root = SafeXml.parse(r.body());
    } catch (XmlParseException e) {
      throw unexpected(r, "Kayako's answer is not readable XML (" + e.getMessage() + ")", e);
    }
    if (!root.name().equals(expectedRoot)) {
      throw unexpected(
          r,
          "Kayako answered with <"
              + root.name()
              + "> where <"
              + expectedRoot
              + "> was expected for "
              + call.route(),
          null);
    }
    return root;
  }

  private static UnexpectedResponseException tooLarge(long limit, String safeUrl) {
    return new UnexpectedResponseException(
        "Kayako's answer to "
            + safeUrl
            + " is larger than "
            + (limit >= 1024 * 1024 ? (limit >> 20) + " MB" : limit + " bytes")
            + " and was not read. Ask for less: a ListAll page size (count), or single"
            + " attachments instead of TicketPost ListAll.",
        200,
        "",
        safeUrl,
        null);
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  static UnexpectedResponseException unexpected(Response r, String what, Throwable cause) {
    return new UnexpectedResponseException(
        what
            + " (URL tried: "
            + r.url()
            + "). Check that the base URL points at https://<your-helpdesk>/api/index.php and"
            + " that no proxy or login page is in the way.",
        r.status(),
        "",
        r.url(),
        cause);
  }

  static boolean looksLikeHtml(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    return !head.contains("<?xml") && (head.contains("<html") || head.contains("<!doctype html"));
  }

  /** " titled 'X'" for an HTML page with a title, else "". */
  static String titleOf(byte[] body) {
    String title = Jsoup.parse(new String(body, StandardCharsets.UTF_8)).title().strip();
    return title.isEmpty() ? "" : " titled '" + shorten(title) + "'";
  }

  /** The server's reason as one short line: an HTML page's title, or the plain text itself. */
  static String serverText(byte[] body, List<String> secrets) {
    String text;
    if (looksLikeHtml(body)) {
      text = Jsoup.parse(new String(body, StandardCharsets.UTF_8)).title();
    } else {
      text = new String(body, StandardCharsets.UTF_8);
    }
    return Redaction.scrub(shorten(text.strip().replaceAll("\\s+", " ")), secrets);
  }

  private static String shorten(String s) {
    return s.length() <= MAX_SERVER_TEXT ? s : s.substring(0, MAX_SERVER_TEXT) + "…";
  }

  private static KayakoTransportException transportFailure(
      IOException e, String safeUrl, List<String> secrets) {
    // Drop the JDK's exception if it ever quotes the request URL with its signature.
    Throwable cause = Redaction.mentionsAny(e, secrets) ? null : e;
    String host = URI.create(safeUrl).getHost();
    KayakoTransportException.Kind kind = classify(e);
    String message =
        switch (kind) {
          case TIMEOUT ->
              "Kayako at "
                  + host
                  + " did not answer in time ("
                  + (e instanceof java.net.http.HttpConnectTimeoutException
                      ? "connect timeout"
                      : "request timeout")
                  + "). The helpdesk may be slow or unreachable; try again, narrow the request"
                  + " (fewer tickets), or raise the timeout.";
          case UNKNOWN_HOST ->
              "The host name "
                  + host
                  + " could not be resolved (DNS). Check the Kayako URL for typos.";
          case CONNECTION_REFUSED ->
              "The connection to "
                  + host
                  + " was refused. Check the Kayako URL's host, port and http/https.";
          case TLS ->
              "The TLS (https) handshake with "
                  + host
                  + " failed ("
                  + Redaction.scrub(String.valueOf(rootCause(e).getMessage()), secrets)
                  + "). Check the certificate, or whether the server speaks https on that port.";
          default ->
              "The connection to "
                  + host
                  + " failed ("
                  + Redaction.scrub(
                      rootCause(e).getClass().getSimpleName() + ": " + rootCause(e).getMessage(),
                      secrets)
                  + "). Try again; if it persists check the network or proxy.";
        };
    return new KayakoTransportException(message, kind, cause);
  }

  static KayakoTransportException.Kind classify(Throwable e) {
    if (e instanceof HttpTimeoutException) {
      return KayakoTransportException.Kind.TIMEOUT;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
        return KayakoTransportException.Kind.UNKNOWN_HOST;
      }
      if (c instanceof SSLException) {
        return KayakoTransportException.Kind.TLS;
      }
      if (c instanceof HttpTimeoutException) {
        return KayakoTransportException.Kind.TIMEOUT;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ConnectException) {
        return KayakoTransportException.Kind.CONNECTION_REFUSED;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return KayakoTransportException.Kind.IO;
  }

  private static Throwable unwrap(ExecutionException e) {
    Throwable c = e.getCause();
    while (c instanceof CompletionException && c.getCause() != null) {
      c = c.getCause();
    }
    return c == null ? e : c;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }
}
