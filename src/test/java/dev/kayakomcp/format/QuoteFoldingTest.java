package dev.kayakomcp.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteFoldingTest {

  @Test
  void anOnWroteBlockWithQuotedLinesIsFoldedAndCounted() {
    String text =
        "The export works now, thanks.\n\nOn 3 Mar 2026, at 09:14, Pat Lee wrote:\n> Line one\n>"
            + "\n> Line three\n> Line four";
    QuoteFolding.Folded f = QuoteFolding.fold(text);
    assertThat(f.text())
        .isEqualTo("The export works now, thanks.\n\n[quoted earlier reply folded: 5 lines]");
    assertThat(f.quotedLines()).as("the attribution line and four quoted lines").isEqualTo(5);
    assertThat(f.signatureLines()).isZero();
  }

  @Test
  void quotedLinesInTheMiddleAreFoldedAndTheReplyAroundThemKept() {
    String text = "See below.\n> old question\n> more\nMy answer is yes.";
    QuoteFolding.Folded f = QuoteFolding.fold(text);
    assertThat(f.text())
        .isEqualTo("See below.\n\n[quoted earlier reply folded: 2 lines]\nMy answer is yes.");
  }

  @Test
  void aDashDashSignatureIsFoldedBeforeATrailingQuote() {
    String text =
        "Please refund the invoice.\n\n--\nKind regards,\nPat Lee\nCFO, Acme\n\nOn Mon, Pat"
            + " wrote:\n> earlier";
    QuoteFolding.Folded f = QuoteFolding.fold(text);
    assertThat(f.text())
        .isEqualTo(
            "Please refund the invoice.\n\n[signature folded: 4 lines]\n\n"
                + "[quoted earlier reply folded: 2 lines]");
    assertThat(f.signatureLines()).isEqualTo(4);
    assertThat(f.quotedLines()).isEqualTo(2);
  }

  @Test
  void aClosingWithAShortNameBlockIsASignature() {
    String text = "Hi Pat,\n\nI have reset it.\n\nBest regards,  \nSam Hill  \nSupport, Vendor";
    QuoteFolding.Folded f = QuoteFolding.fold(text);
    assertThat(f.text()).isEqualTo("Hi Pat,\n\nI have reset it.\n\n[signature folded: 3 lines]");
  }

  @Test
  void aClosingWordInsideTheBodyOrFollowedByLongTextIsKept() {
    String body =
        "Thanks,\nthis is the first line of a long explanation that goes on and on well beyond"
            + " what any signature block would hold in practice.";
    QuoteFolding.Folded f = QuoteFolding.fold("Hello.\n\n" + body);
    assertThat(f.text()).isEqualTo("Hello.\n\n" + body);
    assertThat(f.signatureLines()).isZero();
  }

  @Test
  void textWithoutQuotesOrSignatureIsUnchanged() {
    String text = "Line 1\n\nLine 2 has a > inside\n- item";
    assertThat(QuoteFolding.fold(text).text()).isEqualTo(text);
    assertThat(QuoteFolding.fold("").text()).isEmpty();
  }

  @Test
  void aWroteLineWithoutQuotedTextAfterItIsKept() {
    String text = "On Monday, she wrote: it failed again.\nPlease check.";
    assertThat(QuoteFolding.fold("Hi.\n" + text).text()).isEqualTo("Hi.\n" + text);
  }

  @Test
  void aKnownStaffSignatureIsFoldedWithoutDelimiterOrClosing() {
    String signature = "Sam Hill\nTier 2 Support | Vendor Ltd\nwww.vendor.example";
    String text =
        "Hi Pat,\n\nDone: the export is fixed.\n\n" + signature + "\n\nOn Mon, Pat wrote:\n> x";
    QuoteFolding.Folded f = QuoteFolding.fold(text, signature);
    assertThat(f.text())
        .isEqualTo(
            "Hi Pat,\n\nDone: the export is fixed.\n\n[signature folded: 3 lines]\n\n"
                + "[quoted earlier reply folded: 2 lines]");
    assertThat(QuoteFolding.fold(text).signatureLines())
        .as("without knowing the signature nothing marks it")
        .isZero();
    assertThat(
            QuoteFolding.fold("Sam Hill\nwww.vendor.example", "Sam Hill\nwww.vendor.example")
                .text())
        .as("a post that is only the signature keeps it")
        .isEqualTo("Sam Hill\nwww.vendor.example");
  }
}
