package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeXmlHardeningTest {

  private static XmlNode parse(String s) throws XmlParseException {
    return SafeXml.parse(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void externalEntitiesAreRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<tickets><subject>&x;</subject></tickets>";
    assertThatThrownBy(() -> parse(xxe)).isInstanceOf(XmlParseException.class);
  }

  @Test
  void entityExpansionIsRefused() {
    String lol =
        "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
            + "&a;&a;&a;&a;\">]><l>&b;&b;&b;</l>";
    assertThatThrownBy(() -> parse(lol)).isInstanceOf(XmlParseException.class);
  }

  @Test
  void phpNoticesBeforeTheDeclarationAreSkipped() throws Exception {
    XmlNode root =
        parse(
            "<br />\n<b>Notice</b>: Undefined index: x in /var/www/a.php on line 3<br />\n"
                + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<departments>\n<department>\n"
                + "<id><![CDATA[3]]></id>\n<title><![CDATA[Billing & Co]]></title>\n"
                + "</department>\n</departments>");
    assertThat(root.name()).isEqualTo("departments");
    assertThat(root.child("department").childText("title")).isEqualTo("Billing & Co");
  }

  @Test
  void commentsAreSkippedAndLayoutWhitespaceIsNotText() throws Exception {
    XmlNode root =
        parse(
            "<?xml version=\"1.0\"?>\n<userorganizations>\n<userorganization>\n"
                + "<!-- Timeline Properties -->\n<dateline><![CDATA[1640000000]]></dateline>\n"
                + "<state />\n</userorganization>\n</userorganizations>");
    XmlNode org = root.child("userorganization");
    assertThat(org.text()).isEmpty();
    assertThat(org.children()).extracting(XmlNode::name).containsExactly("dateline", "state");
    assertThat(org.childText("state")).isEmpty();
    assertThat(org.has("state")).isTrue();
    assertThat(org.has("phone")).isFalse();
  }

  @Test
  void fieldAndTotalCapsHold() {
    String big = "<a><b><![CDATA[" + "x".repeat(2_000) + "]]></b></a>";
    assertThatThrownBy(
            () ->
                SafeXml.parse(
                    big.getBytes(StandardCharsets.UTF_8), new XmlLimits(1_000, 10_000, 10)))
        .hasMessageContaining("longer than 1000");
    String many = "<a>" + "<b><![CDATA[xxxxxxxxxx]]></b>".repeat(200) + "</a>";
    assertThatThrownBy(
            () ->
                SafeXml.parse(many.getBytes(StandardCharsets.UTF_8), new XmlLimits(100, 1_000, 10)))
        .hasMessageContaining("more than 1000 characters");
  }

  @Test
  void malformedAndNonXmlBodiesAreClearErrors() {
    assertThatThrownBy(() -> parse("<tickets><ticket></tickets>"))
        .isInstanceOf(XmlParseException.class)
        .hasMessageStartingWith("malformed XML");
    assertThatThrownBy(() -> parse("Ticket not Found")).hasMessage("the response contains no XML");
  }

  @Test
  void attributesAndNonAsciiSurvive() throws Exception {
    XmlNode root =
        parse(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><notes><note type=\"ticket\" id=\"15\""
                + " creatorstaffname=\"Zoë &amp; 王伟\"><![CDATA[Ça marche ✓]]></note></notes>");
    XmlNode note = root.child("note");
    assertThat(note.attr("creatorstaffname")).isEqualTo("Zoë & 王伟");
    assertThat(note.text()).isEqualTo("Ça marche ✓");
    assertThat(note.attr("missing")).isEmpty();
  }
}
