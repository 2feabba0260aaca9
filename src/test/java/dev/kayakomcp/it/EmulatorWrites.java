package dev.kayakomcp.it;

import dev.kayakomcp.client.RequestSigner;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Department;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates test data through the emulator's own REST API, as any Kayako client would. */
final class EmulatorWrites {

  private EmulatorWrites() {}

  /** A new ticket with {@code replies} extra staff posts of {@code chars} characters each. */
  static int createTicketWithLongConversation(KayakoEmulator emulator, int replies, int chars)
      throws Exception {
    var h = emulator.helpdesk();
    int department =
        h.departments.values().stream()
            .filter(Department::isTicketDepartment)
            .findFirst()
            .orElseThrow()
            .id();
    int staff = h.staff.firstKey();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("subject", "Very long conversation about exports");
    form.put("fullname", "Long Talker");
    form.put("email", "long.talker@example.com");
    form.put("contents", words("Our export keeps failing", chars));
    form.put("departmentid", String.valueOf(department));
    form.put("ticketstatusid", String.valueOf(h.statuses.firstKey()));
    form.put("ticketpriorityid", String.valueOf(h.priorities.firstKey()));
    form.put("tickettypeid", String.valueOf(h.types.firstKey()));
    form.put("autouserid", "1");
    String created = post(emulator, "/Tickets/Ticket", form);
    Matcher m = Pattern.compile("<ticket id=\"(\\d+)\"").matcher(created);
    if (!m.find()) {
      throw new IllegalStateException("ticket not created: " + created);
    }
    int ticketId = Integer.parseInt(m.group(1));
    for (int i = 0; i < replies; i++) {
      Map<String, String> reply = new LinkedHashMap<>();
      reply.put("ticketid", String.valueOf(ticketId));
      reply.put("staffid", String.valueOf(staff));
      reply.put("contents", words("Reply " + i + ": we looked into the export", chars));
      post(emulator, "/Tickets/TicketPost", reply);
    }
    return ticketId;
  }

  /** Adds {@code count} staff notes of about {@code chars} characters each to a ticket. */
  static void addNotes(KayakoEmulator emulator, int ticketId, int count, int chars)
      throws Exception {
    int staff = emulator.helpdesk().staff.firstKey();
    for (int i = 0; i < count; i++) {
      Map<String, String> note = new LinkedHashMap<>();
      note.put("ticketid", String.valueOf(ticketId));
      note.put("staffid", String.valueOf(staff));
      note.put("contents", words("Note " + i + " on the export", chars));
      post(emulator, "/Tickets/TicketNote", note);
    }
  }

  private static String words(String lead, int chars) {
    StringBuilder sb = new StringBuilder(lead).append('.');
    int n = 0;
    while (sb.length() < chars) {
      sb.append(" sentence ").append(n++).append(" of a long message");
    }
    return sb.toString();
  }

  /** POSTs a signed form to {@code route} and returns the XML answer. */
  static String post(KayakoEmulator emulator, String route, Map<String, String> form)
      throws Exception {
    RequestSigner signer =
        new RequestSigner(
            dev.kayakomcp.config.Secret.of(emulator.apiKey()),
            dev.kayakomcp.config.Secret.of(emulator.secretKey()));
    Map<String, String> all = new LinkedHashMap<>(form);
    all.putAll(signer.authParameters());
    StringBuilder body = new StringBuilder();
    for (var e : all.entrySet()) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "?e=" + route))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          route + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
