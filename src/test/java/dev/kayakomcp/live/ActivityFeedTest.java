package dev.kayakomcp.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.RequestSigner;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The activity delta against the emulator, counting its list requests. */
@Timeout(60)
class ActivityFeedTest {

  private KayakoEmulator emulator;
  private KayakoClient client;
  private Directory directory;

  @BeforeEach
  void start() {
    // A stopped clock: every write lands in the same second, as busy helpdesks' writes do.
    emulator =
        KayakoEmulator.start(
            EmulatorOptions.defaults().clock(Clock.fixed(Instant.now(), ZoneOffset.UTC)));
    client =
        new KayakoClient(
            ClientSettings.of(
                emulator.apiUrl(), Secret.of(emulator.apiKey()), Secret.of(emulator.secretKey())));
    directory =
        new Directory(
            client.departments(),
            client.ticketStatuses(),
            client.ticketPriorities(),
            client.ticketTypes(),
            client.staff());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void theFirstReadOnlySetsTheStartThenEachReadReturnsWhatChangedSince() throws Exception {
    ActivityFeed feed = new ActivityFeed(client);
    ActivityFeed.Delta first = feed.read(directory);
    assertThat(first.first()).isTrue();
    assertThat(first.changed()).isEmpty();
    assertThat(first.requests()).isEqualTo(1);

    assertThat(feed.read(directory).changed()).as("nothing happened").isEmpty();

    int id = emulator.helpdesk().tickets.firstKey();
    reply(id, "first");
    ActivityFeed.Delta one = feed.read(directory);
    assertThat(one.changed()).extracting(Ticket::id).containsExactly(id);
    assertThat(one.requests()).isEqualTo(1);

    // A second change within the same second (the clock is stopped) is still seen: the row
    // itself differs.
    reply(id, "second");
    assertThat(feed.read(directory).changed()).extracting(Ticket::id).containsExactly(id);
    assertThat(feed.read(directory).changed()).isEmpty();
  }

  @Test
  void moreChangesThanOnePageAreReadPageByPageUntilTheLastSeenActivity() throws Exception {
    ActivityFeed feed = new ActivityFeed(client);
    feed.read(directory);
    List<Integer> ids = emulator.helpdesk().tickets.keySet().stream().limit(150).toList();
    for (int id : ids) {
      reply(id, "bulk " + id);
    }
    ActivityFeed.Delta d = feed.read(directory);
    assertThat(d.overflow()).isFalse();
    assertThat(d.changed()).extracting(Ticket::id).containsExactlyInAnyOrderElementsOf(ids);
    // 150 changed rows: the second page of 100 ends past the last seen activity.
    assertThat(d.requests()).isEqualTo(2);
  }

  private void reply(int ticketId, String text) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ticketid", String.valueOf(ticketId));
    form.put("contents", text);
    form.put("userid", String.valueOf(emulator.helpdesk().users.firstKey()));
    form.putAll(
        new RequestSigner(Secret.of(emulator.apiKey()), Secret.of(emulator.secretKey()))
            .authParameters());
    StringBuilder body = new StringBuilder();
    for (var e : form.entrySet()) {
      body.append(body.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "?e=/Tickets/TicketPost"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }
}
