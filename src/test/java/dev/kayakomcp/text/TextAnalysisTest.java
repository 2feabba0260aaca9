package dev.kayakomcp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.emulator.dataset.DatasetGenerator;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.text.Analysis.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analysis, folding, ranking and bad input of the text package, on small hand-made tickets. */
class TextAnalysisTest {

  private static TicketText text(int id, String subject, String customer) {
    return new TicketText(id, subject, customer, "", customer, "");
  }

  @Test
  void englishIsStemmedOtherLanguagesAreTokenisedPlainly() {
    assertThat(Analysis.detect("I cannot reset my password, the link is expired"))
        .isEqualTo(Lang.ENGLISH);
    assertThat(Analysis.detect("Ich habe mein Passwort vergessen und bekomme keine E-Mail"))
        .isEqualTo(Lang.OTHER);
    assertThat(Analysis.detect("Je ne peux pas réinitialiser mon mot de passe"))
        .isEqualTo(Lang.OTHER);
    assertThat(Analysis.terms(Lang.ENGLISH, "Resetting the passwords"))
        .containsExactly("reset", "password");
    assertThat(Analysis.terms(Lang.OTHER, "Passwörter zurücksetzen funktioniert nicht"))
        .containsExactly("passworter", "zurucksetzen", "funktioniert", "nicht");
  }

  @Test
  void germanAndFrenchTicketsAreFoundByTheirOwnWords() {
    TicketIndex index =
        TicketIndex.of(
            List.of(
                text(
                    1,
                    "Passwort vergessen",
                    "Ich habe mein Passwort vergessen, bitte helfen Sie mir."),
                text(2, "Mot de passe", "Je ne peux pas réinitialiser mon mot de passe."),
                text(3, "Invoice question", "Our invoice shows the wrong amount for this month.")));
    assertThat(index.rank("Passwort", 3))
        .extracting(TicketIndex.Ranked::ticketId)
        .containsExactly(1);
    assertThat(index.rank("réinitialiser", 3))
        .extracting(TicketIndex.Ranked::ticketId)
        .containsExactly(2);
    assertThat(index.rank("invoices", 3))
        .extracting(TicketIndex.Ranked::ticketId)
        .containsExactly(3);
  }

  @Test
  void theSubjectWeighsMoreThanTheBody() {
    TicketIndex index =
        TicketIndex.of(
            List.of(
                text(1, "Cancel my subscription", "We no longer need it, reset everything."),
                text(2, "Password reset", "The reset link says token invalid.")));
    assertThat(index.rank("password reset", 2).get(0).ticketId()).isEqualTo(2);
  }

  @Test
  void quotesAndSignaturesAreFoldedAwayBeforeAnalysis() {
    Ticket base =
        DatasetGenerator.generate(1, 1, Instant.parse("2026-11-25T12:00:00Z"))
            .tickets
            .firstEntry()
            .getValue();
    String body =
        "The export to CSV times out every night.\n\nKind regards,\nMarta Ruiz\n\n"
            + "On Mon, 3 Nov 2026 Support wrote:\n> Did you try a smaller date range?";
    Ticket t = base.withPosts(List.of(post(body)));
    TicketText text = TicketText.of(t);
    assertThat(text.firstCustomerMessage())
        .contains("export to CSV")
        .doesNotContain("Kind regards")
        .doesNotContain("smaller date range")
        .doesNotContain("folded");
  }

  @Test
  void thePassageShownIsTheOneThatMatches() {
    TicketText t =
        new TicketText(
            1,
            "Help",
            "Hello there.\n\nOur nightly CSV export times out after 30 seconds.\n\nThanks a lot.",
            "",
            "",
            "");
    TicketIndex index = TicketIndex.of(List.of(t));
    assertThat(Passages.best(index, t, "export timeout")).contains("CSV export times out");
  }

  @Test
  void tooFewTicketsToGroupAreRefused() {
    List<TicketText> few = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      few.add(text(i, "Password reset " + i, "reset link expired"));
    }
    few.add(text(10, "", ""));
    assertThatThrownBy(() -> ThemeClusterer.cluster(few, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only 9 tickets with text");
  }

  @Test
  void smallTalkIsNeverASearchWord() {
    TicketText t =
        text(
            1,
            "Help please",
            "Hi team, thanks! Please help asap, the mobile app crashes on start.");
    assertThat(Similarity.searchWords(t, java.util.Set.of()))
        .doesNotContain("hi", "team", "thanks", "please", "help", "asap")
        .contains("crashes");
  }

  private static Post post(String body) {
    return new Post(
        1,
        1,
        1_700_000_000L,
        5,
        "Marta Ruiz",
        "marta@example.com",
        "",
        "",
        false,
        PostCreator.USER,
        false,
        false,
        true,
        0,
        false,
        body,
        false,
        List.of());
  }
}
