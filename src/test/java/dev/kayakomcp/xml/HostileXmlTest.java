package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs the parser must refuse rather than act on. */
class HostileXmlTest {

  @Test
  void refusesExternalEntities() {
    assertThatThrownBy(() -> SafeXml.parse(Fixtures.bytes("xxe.xml")))
        .isInstanceOf(XmlParseException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  @Timeout(10)
  void refusesEntityExpansion() {
    assertThatThrownBy(() -> SafeXml.parse(Fixtures.bytes("billion-laughs.xml")))
        .isInstanceOf(XmlParseException.class);
  }

  @Test
  void refusesTruncatedXml() {
    assertThatThrownBy(() -> SafeXml.parse(Fixtures.bytes("malformed.xml")))
        .isInstanceOf(XmlParseException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void refusesAnHtmlPage() {
    assertThatThrownBy(() -> SafeXml.parse(Fixtures.bytes("html-login.html")))
        .isInstanceOf(XmlParseException.class);
  }
}
