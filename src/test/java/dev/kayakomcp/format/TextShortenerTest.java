package dev.kayakomcp.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextShortenerTest {

  @Test
  void shortTextIsUnchanged() {
    assertThat(TextShortener.shorten("hello world", 20)).isEqualTo("hello world");
  }

  @Test
  void longTextIsCutAtAWordBoundaryWithAMarker() {
    String text = "alpha beta gamma delta epsilon zeta eta theta";
    String s = TextShortener.shorten(text, 20);
    assertThat(s).startsWith("alpha beta gamma");
    assertThat(s).doesNotContain("delt");
    assertThat(s).endsWith("more characters]");
    int kept = "alpha beta gamma".length();
    assertThat(s).contains("[shortened: " + (text.length() - kept) + " more characters]");
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String text = "x".repeat(9) + "😀" + "y".repeat(30);
    String s = TextShortener.shorten(text, 10);
    assertThat(s.substring(0, s.indexOf(" …"))).isEqualTo("x".repeat(9));
  }
}
