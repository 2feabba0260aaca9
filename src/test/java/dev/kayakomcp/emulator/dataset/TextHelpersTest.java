package dev.kayakomcp.emulator.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Staff;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextHelpersTest {

  @Test
  void namesBecomeAsciiMailLocalParts() {
    assertThat(Names.localPart("Łukasz Żółć")).isEqualTo("lukasz.zolc");
    assertThat(Names.localPart("Zoë Ødegaard")).isEqualTo("zoe.odegaard");
    assertThat(Names.localPart("Liam O'Connor")).isEqualTo("liam.oconnor");
    assertThat(Names.domainLabel("Müller & Söhne Logistics GmbH"))
        .isEqualTo("muller-sohne-logistics");
    assertThat(Names.firstName("Ana Paula Gonçalves")).isEqualTo("Ana");
    assertThat(Names.firstName("佐藤 健")).isEqualTo("佐藤 健");
  }

  @Test
  void companyNamesAreUniqueWellBeyondThePool() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      assertThat(seen.add(Names.company(i))).as("company %d", i).isTrue();
    }
  }

  @Test
  void placeholdersAreFilledAndUnknownBracesKept() {
    PostWriter.Ctx ctx = new PostWriter.Ctx("Zoë", "Zoë Ødegaard", "Acme", "INV-1", "€9", "Dana");
    assertThat(PostWriter.fill("{inv} for {amt} at {org}, thanks {staff} {x}", ctx))
        .isEqualTo("INV-1 for €9 at Acme, thanks Dana {x}");
  }

  @Test
  void htmlRepliesEscapeTextAndQuoteThePreviousMessage() {
    Staff dana =
        new Staff(
            2,
            2,
            "Dana",
            "W",
            "Dana W",
            "dana",
            "dana@support.example.com",
            "Engineer",
            "",
            "",
            true,
            "UTC",
            false,
            "--\nDana");
    PostWriter w = new PostWriter(new SplittableRandom(1));
    PostWriter.Ctx ctx = new PostWriter.Ctx("Renée", "Renée Dubois", "A&B", "INV-1", "€9", "Dana");
    String html =
        w.staffHtml(
            "Use <b> & co\nline two",
            ctx,
            dana,
            new PostWriter.Quote("Renée Dubois", 1_772_500_000L, "help\nplease"),
            1_772_400_000L);
    assertThat(html)
        .startsWith("<p>Hi Renée,</p><p>Use &lt;b&gt; &amp; co<br>line two</p>")
        .contains("<table")
        .contains("On Tue, 3 Mar 2026, Renée Dubois wrote:")
        .contains("<blockquote")
        .endsWith("help<br>please</blockquote>");
    String plain =
        w.customerPlain(
            "It broke", ctx, "", new PostWriter.Quote("Dana W", 1_772_500_000L, "a\n\nb"));
    assertThat(plain).endsWith("wrote:\n> a\n>\n> b\n");
  }
}
