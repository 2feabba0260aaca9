package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.live.LivePoller;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.server.HttpMcpServer;
import dev.kayakomcp.server.HttpOptions;
import dev.kayakomcp.server.ServerFeatures;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ResourceContents;
import io.modelcontextprotocol.spec.McpSchema.ResourceReference;
import io.modelcontextprotocol.spec.McpSchema.SubscribeRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.UnsubscribeRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Live updates through the product's streamable HTTP mode and real MCP clients: a change made
 * directly in the emulator reaches the sessions subscribed to it — and only them — within two
 * polls; unsubscribing and ending a session stop it; polling stops with the last subscriber;
 * stateless HTTP refuses subscriptions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class LiveUpdatesIT {

  private static final Duration POLL = Duration.ofMillis(700);
  private static final long WAIT_MS = 60_000;

  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final List<McpSyncClient> clients = new ArrayList<>();
  private KayakoEmulator emulator;
  private Helpdesk truth;
  private HttpMcpServer server;
  private ServerFeatures features;

  @BeforeAll
  void startEmulator() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    truth = emulator.helpdesk();
  }

  @AfterAll
  void stopEmulator() {
    emulator.close();
    pool.shutdownNow();
  }

  @BeforeEach
  void startServer() throws Exception {
    features =
        new ServerFeatures(ToolRegistry.standard(), McpSession.context(emulator, pool), POLL);
    server = HttpMcpServer.start(HttpOptions.loopback(0), features);
  }

  @AfterEach
  void stopServer() {
    clients.forEach(McpSyncClient::closeGracefully);
    clients.clear();
    server.close();
  }

  /** A client session that records the URIs it hears about. */
  private record Listener(McpSyncClient client, List<String> updated) {}

  private Listener connect() {
    List<String> updated = new CopyOnWriteArrayList<>();
    McpSyncClient client =
        McpClient.sync(
                HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
                    .endpoint(HttpMcpServer.MCP_PATH)
                    .build())
            .requestTimeout(Duration.ofSeconds(60))
            .resourcesUpdateConsumer(
                contents -> contents.stream().map(ResourceContents::uri).forEach(updated::add))
            .build();
    client.initialize();
    clients.add(client);
    return new Listener(client, updated);
  }

  private LivePoller poller() {
    return features.pollers().get(0);
  }

  @Test
  void aReplyAddedInKayakoReachesTheSubscribedSessionWithinTwoPolls() throws Exception {
    List<Ticket> open = unresolvedTickets();
    Ticket watched = open.get(0);
    Ticket other = open.get(1);
    Listener a = connect();
    Listener b = connect();
    String watchedUri = "kayako://tickets/" + watched.displayId();
    String otherUri = "kayako://tickets/" + other.id();
    a.client().subscribeResource(new SubscribeRequest(watchedUri));
    b.client().subscribeResource(new SubscribeRequest(otherUri));
    awaitTrue(() -> poller().polls() >= 2, "the poller to read the activity twice");

    long pollsBefore = poller().polls();
    addCustomerReply(watched.id(), "Any news on this?");
    awaitTrue(() -> a.updated().contains(watchedUri), "the update of " + watchedUri);
    long pollsAtUpdate = poller().polls();

    // The first poll that starts after the reply sees it: at most two polls end in between.
    assertThat(pollsAtUpdate - pollsBefore).isLessThanOrEqualTo(2);
    assertThat(a.updated()).containsOnly(watchedUri);
    // The other session's ticket did not change: nothing for it.
    awaitPolls(2);
    assertThat(b.updated()).isEmpty();
    // The notification leads to the ticket's new state.
    String text =
        ((TextResourceContents)
                a.client().readResource(new ReadResourceRequest(watchedUri)).contents().get(0))
            .text();
    assertThat(text).contains("Replies:** " + (watched.replies() + 1));
  }

  @Test
  void aNewUnresolvedTicketChangesBothQueuesAndUnsubscribingStopsTheNotifications()
      throws Exception {
    int department = ticketDepartments().get(0);
    String departmentUri = "kayako://departments/" + department + "/unresolved";
    String needsAttention = "kayako://queues/needs-attention";
    Listener a = connect();
    a.client().subscribeResource(new SubscribeRequest(departmentUri));
    a.client().subscribeResource(new SubscribeRequest(needsAttention));
    awaitTrue(() -> poller().polls() >= 2, "the poller to read the activity and the queues");

    int created = createCustomerTicket(department, "Printer on fire");
    awaitTrue(
        () -> a.updated().contains(departmentUri) && a.updated().contains(needsAttention),
        "both queue notifications");
    String queue =
        ((TextResourceContents)
                a.client().readResource(new ReadResourceRequest(departmentUri)).contents().get(0))
            .text();
    // Newest activity first: the new ticket heads its department's queue.
    assertThat(queue.substring(queue.indexOf("### ")).lines().findFirst().orElseThrow())
        .contains("Printer on fire");

    a.client().unsubscribeResource(new UnsubscribeRequest(departmentUri));
    a.client().unsubscribeResource(new UnsubscribeRequest(needsAttention));
    awaitTrue(() -> !poller().polling(), "polling to stop with the last subscription");
    a.updated().clear();
    long polls = poller().polls();
    addCustomerReply(created, "Still burning.");
    Thread.sleep(POLL.toMillis() * 4);
    assertThat(a.updated()).isEmpty();
    assertThat(poller().polls()).as("no poll without subscribers").isEqualTo(polls);
  }

  @Test
  void pollingStopsWhenTheLastSubscribedSessionEnds() throws Exception {
    Ticket watched = unresolvedTickets().get(2);
    String uri = "kayako://tickets/" + watched.id();
    Listener a = connect();
    Listener b = connect();
    a.client().subscribeResource(new SubscribeRequest(uri));
    b.client().subscribeResource(new SubscribeRequest(uri));
    // Subscribing to a URI that never changes is allowed and starts nothing by itself.
    b.client().subscribeResource(new SubscribeRequest("test://watched-resource"));
    awaitTrue(() -> poller().polls() >= 1, "the first poll");

    a.client().closeGracefully();
    clients.remove(a.client());
    addCustomerReply(watched.id(), "Hello again");
    awaitTrue(() -> b.updated().contains(uri), "the update for the session still subscribed");
    assertThat(poller().polling()).isTrue();

    b.client().closeGracefully();
    clients.remove(b.client());
    awaitTrue(() -> !poller().polling(), "polling to stop when the last session ended");
    long polls = poller().polls();
    Thread.sleep(POLL.toMillis() * 4);
    assertThat(poller().polls()).isEqualTo(polls);
  }

  @Test
  void kayakoFailingDelaysPollsWithoutBreakingTheSessionAndUpdatesResumeAfter() throws Exception {
    Ticket watched = unresolvedTickets().get(3);
    String uri = "kayako://tickets/" + watched.id();
    Listener a = connect();
    a.client().subscribeResource(new SubscribeRequest(uri));
    awaitTrue(() -> poller().polls() >= 1, "the first poll");
    emulator.faults().serverErrors(1.0, 500);
    try {
      awaitTrue(() -> poller().failedPolls() >= 2, "two failed polls");
      // The session is untouched: it answers, and subscribing still works.
      a.client().ping();
      a.client().subscribeResource(new SubscribeRequest("kayako://queues/needs-attention"));
    } finally {
      emulator.faults().clear();
    }
    addCustomerReply(watched.id(), "Back online?");
    awaitTrue(() -> a.updated().contains(uri), "the update once Kayako answers again");
  }

  @Test
  void aDepartmentQueueReadsAsItsUnresolvedTicketsNewestActivityFirst() {
    int department = ticketDepartments().get(1);
    List<Ticket> expected =
        read(
            () ->
                truth.tickets.values().stream()
                    .filter(t -> t.departmentId() == department)
                    .filter(t -> !truth.statuses.get(t.statusId()).markAsResolved())
                    .sorted(
                        Comparator.comparingLong(Ticket::lastActivity)
                            .reversed()
                            .thenComparingInt(Ticket::id))
                    .toList());
    Listener a = connect();
    String text =
        ((TextResourceContents)
                a.client()
                    .readResource(
                        new ReadResourceRequest(
                            "kayako://departments/" + department + "/unresolved"))
                    .contents()
                    .get(0))
            .text();
    List<String> headings = text.lines().filter(l -> l.startsWith("### ")).toList();
    assertThat(headings).hasSize(Math.min(50, expected.size()));
    for (int i = 0; i < headings.size(); i++) {
      // Equal activity times may come in either order; the display id must be one of that second.
      long second = expected.get(i).lastActivity();
      List<String> sameSecond =
          expected.stream().filter(t -> t.lastActivity() == second).map(Ticket::displayId).toList();
      String heading = headings.get(i);
      assertThat(sameSecond).anySatisfy(id -> assertThat(heading).contains(id));
    }
    // The needs-attention queue holds only unresolved tickets, at most 50 of them.
    String attention =
        ((TextResourceContents)
                a.client()
                    .readResource(new ReadResourceRequest("kayako://queues/needs-attention"))
                    .contents()
                    .get(0))
            .text();
    List<String> unresolvedIds = unresolvedTickets().stream().map(Ticket::displayId).toList();
    List<String> listed = attention.lines().filter(l -> l.startsWith("### ")).toList();
    assertThat(listed).isNotEmpty().hasSizeLessThanOrEqualTo(50);
    assertThat(listed)
        .allSatisfy(l -> assertThat(unresolvedIds).anySatisfy(id -> assertThat(l).contains(id)));
    // The template's department_id completes to the ticket departments' ids.
    assertThat(
            a.client()
                .completeCompletion(
                    new CompleteRequest(
                        new ResourceReference("kayako://departments/{department_id}/unresolved"),
                        new CompleteRequest.CompleteArgument("department_id", "")))
                .completion()
                .values())
        .containsExactlyElementsOf(ticketDepartments().stream().map(String::valueOf).toList());
    assertThatThrownBy(
            () ->
                a.client()
                    .readResource(new ReadResourceRequest("kayako://departments/99999/unresolved")))
        .isInstanceOf(McpError.class)
        .hasMessageContaining("not a ticket department");
  }

  @Test
  void statelessHttpRefusesSubscriptionsWithAnExplanation() throws Exception {
    ServerFeatures stateless =
        new ServerFeatures(ToolRegistry.standard(), McpSession.context(emulator, pool), POLL);
    try (HttpMcpServer s =
        HttpMcpServer.start(HttpOptions.loopback(0).withStateless(true), stateless)) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/mcp"))
                      .header("Content-Type", "application/json")
                      .header("Accept", "application/json, text/event-stream")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"resources/subscribe\","
                                  + "\"params\":{\"uri\":\"kayako://tickets/1\"}}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.body()).contains("\"id\":7").contains("\"error\"").contains("--stateless");
      assertThat(stateless.pollers()).isEmpty();
    }
  }

  // ---- the emulator's own truth and REST API ----

  private List<Ticket> unresolvedTickets() {
    return read(
        () ->
            truth.tickets.values().stream()
                .filter(t -> !truth.statuses.get(t.statusId()).markAsResolved())
                .sorted(Comparator.comparingInt(Ticket::id))
                .toList());
  }

  private List<Integer> ticketDepartments() {
    return read(
        () ->
            truth.departments.values().stream()
                .filter(Department::isTicketDepartment)
                .map(Department::id)
                .toList());
  }

  private <T> T read(Supplier<T> s) {
    truth.lock.readLock().lock();
    try {
      return s.get();
    } finally {
      truth.lock.readLock().unlock();
    }
  }

  private void addCustomerReply(int ticketId, String text) throws Exception {
    int user = read(() -> truth.tickets.get(ticketId).userId());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ticketid", String.valueOf(ticketId));
    form.put("contents", text);
    if (user > 0) {
      form.put("userid", String.valueOf(user));
    } else {
      form.put("userid", String.valueOf(read(() -> truth.users.firstKey())));
    }
    EmulatorWrites.post(emulator, "/Tickets/TicketPost", form);
  }

  private int createCustomerTicket(int department, String subject) throws Exception {
    int status =
        read(
            () ->
                truth.statuses.values().stream()
                    .filter(s -> !s.markAsResolved())
                    .filter(s -> s.departmentId() == 0 || s.departmentId() == department)
                    .findFirst()
                    .orElseThrow()
                    .id());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("subject", subject);
    form.put("fullname", "Pat Customer");
    form.put("email", "pat.customer@example.com");
    form.put("contents", "It started smoking this morning.");
    form.put("departmentid", String.valueOf(department));
    form.put("ticketstatusid", String.valueOf(status));
    form.put("ticketpriorityid", String.valueOf(read(() -> truth.priorities.firstKey())));
    form.put("tickettypeid", String.valueOf(read(() -> truth.types.firstKey())));
    form.put("autouserid", "1");
    String created = EmulatorWrites.post(emulator, "/Tickets/Ticket", form);
    Matcher m = Pattern.compile("<ticket id=\"(\\d+)\"").matcher(created);
    assertThat(m.find()).as(created).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private void awaitPolls(int n) throws InterruptedException {
    long target = poller().polls() + n;
    awaitTrue(() -> poller().polls() >= target, n + " more polls");
  }

  private static void awaitTrue(BooleanSupplier condition, String what)
      throws InterruptedException {
    long end = System.currentTimeMillis() + WAIT_MS;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("gave up waiting for " + what);
      }
      Thread.sleep(50);
    }
  }
}
