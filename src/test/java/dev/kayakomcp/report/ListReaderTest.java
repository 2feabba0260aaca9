package dev.kayakomcp.report;

import static dev.kayakomcp.report.HandTickets.HOUR;
import static dev.kayakomcp.report.HandTickets.NOW;
import static dev.kayakomcp.report.HandTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListReaderTest {

  /** Ticket i was created i hours before NOW. */
  private static FakeSource hours(int n) {
    return new FakeSource(
        IntStream.rangeClosed(1, n)
            .mapToObj(i -> ticket(i).created(NOW - i * HOUR).lastActivity(NOW - i * HOUR).build())
            .toList());
  }

  private static ListReader reader(FakeSource s, List<String> progress) {
    return new ListReader(s, s, progress::add, 1000, 4);
  }

  @Test
  void withoutAWindowEveryPageIsKnownFromTheCountAndReadOnce() {
    FakeSource s = hours(2500);
    List<String> progress = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    ListReader.Read r =
        reader(s, progress)
            .read(ReadOrder.ID_DESC, null, 200_000, p -> p.forEach(t -> seen.add(t.id())));
    assertThat(r.ticketsRead()).isEqualTo(2500);
    assertThat(seen).hasSize(2500);
    assertThat(r.capped()).isFalse();
    assertThat(r.total()).hasValue(2500);
    assertThat(s.counts.get()).isEqualTo(1);
    assertThat(s.pages.get()).isEqualTo(3);
    assertThat(r.requests()).isEqualTo(4);
    assertThat(progress)
        .containsExactly(
            "read page 1 of 3 (1000 tickets)",
            "read page 2 of 3 (2000 tickets)",
            "read page 3 of 3 (2500 tickets)");
  }

  @Test
  void theCapKeepsTheNewestTicketsAndSaysSo() {
    FakeSource s = hours(2500);
    List<Integer> seen = new ArrayList<>();
    ListReader.Read r =
        reader(s, new ArrayList<>())
            .read(ReadOrder.ID_DESC, null, 1500, p -> p.forEach(t -> seen.add(t.id())));
    assertThat(r.ticketsRead()).isEqualTo(1500);
    assertThat(r.capped()).isTrue();
    assertThat(seen).contains(2500).doesNotContain(1000);
    assertThat(s.pages.get()).isEqualTo(2);
  }

  @Test
  void aWindowIsReadInGrowingWavesUntilAPageReachesPastItsStart() {
    FakeSource s = hours(10_000);
    List<Ticket> seen = new ArrayList<>();
    ListReader.Read r =
        reader(s, new ArrayList<>())
            .read(ReadOrder.CREATED_DESC, NOW - 1200 * HOUR, 200_000, seen::addAll);
    // Wave 1: rows 0-999 (all inside); wave 2: rows 1000-2999, whose first page reaches past
    // the start, so the second page of that wave is not used.
    assertThat(s.counts.get()).isZero();
    assertThat(s.pages.get()).isEqualTo(3);
    assertThat(r.ticketsRead()).isEqualTo(2000);
    assertThat(r.capped()).isFalse();
    assertThat(seen.stream().filter(t -> t.creationTime() >= NOW - 1200 * HOUR)).hasSize(1200);
  }

  @Test
  void aSmallWindowCostsOneRequest() {
    FakeSource s = hours(10_000);
    ListReader.Read r =
        reader(s, new ArrayList<>()).read(ReadOrder.CREATED_DESC, NOW - 5 * HOUR, 200_000, p -> {});
    assertThat(s.pages.get()).isEqualTo(1);
    assertThat(r.requests()).isEqualTo(1);
  }

  @Test
  void withoutACountReadingStopsAtTheFirstShortPage() {
    FakeSource s = hours(2500);
    s.canCount = false;
    ListReader.Read r =
        reader(s, new ArrayList<>()).read(ReadOrder.ID_DESC, null, 200_000, p -> {});
    assertThat(r.ticketsRead()).isEqualTo(2500);
    assertThat(r.capped()).isFalse();
    assertThat(s.pages.get()).isEqualTo(3);
  }
}
