package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorExtension;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.emulator.RequestLog;
import dev.kayakomcp.model.Post;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ticket loader's many-ticket read and its id parsing, against the emulator. */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TicketLoaderTest {

  private final KayakoEmulator kayako;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  TicketLoaderTest(KayakoEmulator kayako) {
    this.kayako = kayako;
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private ToolContext context(List<String> steps) {
    KayakoClient client =
        new KayakoClient(
            ClientSettings.of(
                kayako.apiUrl(), Secret.of(kayako.apiKey()), Secret.of(kayako.secretKey())));
    return ToolContext.builder(client, new Parallel(pool)).progress(steps::add).build();
  }

  @Test
  void loadAllReadsEachTicketOnceInOrderAndLeavesOutMissingOnes() throws Exception {
    Helpdesk h = kayako.helpdesk();
    List<Integer> ids = new ArrayList<>(h.tickets.keySet()).subList(0, 30);
    List<TicketRef> refs = new ArrayList<>(ids.stream().map(TicketRef::of).toList());
    refs.add(10, TicketRef.of(987_654));
    List<String> steps = Collections.synchronizedList(new ArrayList<>());
    ToolContext context = context(steps);
    context.directory();
    int withFiles =
        (int)
            ids.stream()
                .filter(
                    id ->
                        h.posts.getOrDefault(id, List.of()).stream().anyMatch(Post::hasAttachments))
                .count();
    kayako.requests().reset();

    List<LoadedTicket> loaded = context.tickets().loadAll(refs, TicketParts.CONVERSATION);

    assertThat(loaded).extracting(LoadedTicket::id).containsExactlyElementsOf(ids);
    List<RequestLog.Entry> made = kayako.requests().drain();
    assertThat(RequestLog.byEndpoint(made))
        .containsEntry("GET /Tickets/Ticket", 31)
        .containsEntry("GET /Tickets/TicketAttachment/ListAll", withFiles);
    assertThat(made).hasSize(31 + withFiles);
    assertThat(steps)
        .filteredOn(s -> s.startsWith("read "))
        .hasSize(31)
        .last()
        .isEqualTo("read 31 of 31 tickets");
    for (LoadedTicket t : loaded) {
      int files = h.posts.get(t.id()).stream().mapToInt(p -> p.attachments().size()).sum();
      assertThat(t.attachments()).hasSize(files);
      assertThat(t.ticketNotes()).hasSize(h.ticketNotes.getOrDefault(t.id(), List.of()).size());
      assertThat(t.timeTracks()).hasSize(h.timeTracks.getOrDefault(t.id(), List.of()).size());
    }
  }

  @Test
  void ticketIdsAreCheckedBeforeAnyRequest() {
    assertThat(TicketRef.parse("ticket_id", " #1042 ")).isEqualTo(new TicketRef("1042", 1042));
    assertThat(TicketRef.parse("ticket_id", "qxv-418-20573"))
        .isEqualTo(new TicketRef("QXV-418-20573", 0));
    for (String odd : List.of("pat@example.com", "0", "12 34", "", "-3", "1234567890", "a/b")) {
      assertThatThrownBy(() -> TicketRef.parse("ticket_id", odd))
          .as(odd)
          .isInstanceOf(ToolArgumentException.class)
          .hasMessageContaining("ticket_id");
    }
  }
}
