package dev.kayakomcp.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {

  @Test
  void paragraphsAndLineBreaksBecomeMarkdownBlocks() {
    String md = HtmlToMarkdown.convert("<p>Hi Pat,</p><p>I have sent a new link.<br>Dana</p>");
    assertThat(md).isEqualTo("Hi Pat,\n\nI have sent a new link.  \nDana");
  }

  @Test
  void emphasisLinksAndCodeAreKept() {
    String md =
        HtmlToMarkdown.convert(
            "<p>Please <b>do not</b> share <i>this</i> <a href=\"https://example.com/reset\">reset"
                + " link</a>; run <code>sync --all</code>.</p>");
    assertThat(md)
        .isEqualTo(
            "Please **do not** share *this* [reset link](https://example.com/reset); run `sync"
                + " --all`.");
  }

  @Test
  void listsAreNumberedOrBulleted() {
    String md =
        HtmlToMarkdown.convert(
            "<ol><li>Open Settings</li><li>Click <b>Export</b></li></ol><ul><li>a</li><li>b</li></ul>");
    assertThat(md).isEqualTo("1. Open Settings\n2. Click **Export**\n\n- a\n- b");
  }

  @Test
  void quotedRepliesBecomeBlockquotes() {
    String md =
        HtmlToMarkdown.convert(
            "<p>Still broken.</p><blockquote><p>Did you try again?</p></blockquote>");
    assertThat(md).isEqualTo("Still broken.\n\n> Did you try again?");
  }

  @Test
  void tablesBecomePipeTables() {
    String md =
        HtmlToMarkdown.convert(
            "<table><tr><th>Invoice</th><th>Amount</th></tr><tr><td>1001</td><td>€49 | EUR</td></tr></table>");
    assertThat(md).isEqualTo("| Invoice | Amount |\n| --- | --- |\n| 1001 | €49 \\| EUR |");
  }

  @Test
  void scriptsAndStylesAreDroppedAndEntitiesDecoded() {
    String md =
        HtmlToMarkdown.convert(
            "<style>p{color:red}</style><script>alert(1)</script><p>Caf&eacute; &amp; cr&egrave;me</p>");
    assertThat(md).isEqualTo("Café & crème");
  }

  @Test
  void malformedHtmlStillConverts() {
    assertThat(HtmlToMarkdown.convert("<p>open <b>bold <i>both</p> after"))
        .contains("open")
        .contains("bold")
        .contains("after")
        .doesNotContain("<");
  }

  @Test
  void emptyInputGivesEmptyText() {
    assertThat(HtmlToMarkdown.convert("")).isEmpty();
    assertThat(HtmlToMarkdown.convert(null)).isEmpty();
  }
}
