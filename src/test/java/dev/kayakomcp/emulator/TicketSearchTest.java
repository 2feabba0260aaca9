package dev.kayakomcp.emulator;

import static dev.kayakomcp.emulator.TicketEndpointsTest.ticketIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tickets/TicketSearch (§2.4): every flag, union semantics, the cap, posts included. */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TicketSearchTest {

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  private final KayakoEmulator kayako;
  private final Api api;

  TicketSearchTest(KayakoEmulator kayako) {
    this.kayako = kayako;
    this.api = new Api(kayako);
  }

  private java.util.List<Integer> search(String... fields) {
    return ticketIds(api.post("/Tickets/TicketSearch", fields).body());
  }

  @Test
  void needsAFlagAndAQuery() {
    assertThat(api.post("/Tickets/TicketSearch", "query", "printer").body())
        .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tickets>\n</tickets>");
    assertThat(search("query", "", "contents", "1")).isEmpty();
    assertThat(search("query", "printer", "contents", "true")).as("flags must be \"1\"").isEmpty();
  }

  @Test
  void contentsMatchesSubjectNamePostsAndNotesWordByWord() {
    assertThat(search("query", "printer", "contents", "1")).containsExactly(1043);
    assertThat(search("query", "expired", "contents", "1")).as("post text").containsExactly(1042);
    assertThat(search("query", "identity", "contents", "1")).as("note text").containsExactly(1042);
    assertThat(search("query", "printer invoice", "contents", "1")).containsExactly(1043, 1044);
    assertThat(search("query", "printer invoice", "contents", "1", "phrase", "1")).isEmpty();
    assertThat(search("query", "printer on", "contents", "1", "phrase", "1")).containsExactly(1043);
  }

  @Test
  void phraseChangesOnlyHowContentsMatch() {
    assertThat(search("query", "phone printer", "notes", "1", "phrase", "1"))
        .as("notes still OR the words")
        .containsExactly(1042);
    assertThat(search("query", "phone printer", "contents", "1", "phrase", "1")).isEmpty();
  }

  @Test
  void resultsIncludePostsInStorageOrder() {
    String xml = api.post("/Tickets/TicketSearch", "query", "lee", "fullname", "1").body();
    assertThat(ticketIds(xml)).containsExactly(1043, 1045, 1046);
    assertThat(xml).contains("<posts>").contains("Escalate please.");
  }

  @Test
  void eachFlag() {
    assertThat(search("query", "1042", "ticketid", "1")).containsExactly(1042);
    assertThat(search("query", "1000", "ticketid", "1")).as("merged id").containsExactly(1042);
    assertThat(search("query", "QXV-418", "ticketid", "1"))
        .as("mask substring")
        .containsExactly(1042);
    assertThat(search("query", "quote", "ticketid", "1")).as("subject").containsExactly(1045, 1046);
    assertThat(search("query", "dana", "author", "1")).containsExactly(1042);
    assertThat(search("query", "support.example.com", "email", "1")).containsExactly(1042);
    assertThat(search("query", "support.example.com", "creatoremail", "1")).isEmpty();
    assertThat(search("query", "lee@example.net", "creatoremail", "1"))
        .containsExactly(1043, 1045, 1046);
    assertThat(search("query", "Dana Agent", "fullname", "1")).containsExactly(1042);
    assertThat(search("query", "phone", "notes", "1")).containsExactly(1042);
    assertThat(search("query", "3", "usergroup", "1")).containsExactly(1043, 1045, 1046);
    assertThat(search("query", "acme", "userorganization", "1")).containsExactly(1042, 1044, 1047);
    assertThat(search("query", "pat.customer", "user", "1")).containsExactly(1042, 1044, 1047);
    assertThat(search("query", "PARTS login", "tags", "1")).containsExactly(1042, 1047);
    assertThat(search("query", "pass", "tags", "1")).as("exact tag names only").isEmpty();
  }

  @Test
  void flagsCombineAsAUnionWithoutDuplicates() {
    assertThat(search("query", "billing", "tags", "1", "contents", "1", "ticketid", "1"))
        .containsExactly(1044);
    assertThat(search("query", "pat", "fullname", "1", "email", "1", "contents", "1"))
        .containsExactly(1042, 1044, 1047);
  }

  @Test
  void resultCapIsTheAdminSetting() {
    kayako.settings().searchResultLimit(2);
    assertThat(search("query", "example", "email", "1")).containsExactly(1042, 1043);
  }
}
