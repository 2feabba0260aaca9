package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever bytes arrive, the parser either returns a tree or throws {@link XmlParseException};
 * nothing else escapes (no NPE, no index error, no raw StAX exception).
 */
class SafeXmlPropertiesTest {

  private static final String[] FIXTURES = {
    "ticket.xml", "posts.xml", "departments.xml", "users.xml", "notes.xml", "ticketstatuses.xml"
  };

  @Property(tries = 500)
  void randomBytesParseOrFailCleanly(@ForAll @Size(max = 600) byte[] body) {
    assertParsesOrFailsCleanly(body);
  }

  @Property(tries = 500)
  void garbledRealAnswersParseOrFailCleanly(@ForAll("garbled") byte[] body) {
    assertParsesOrFailsCleanly(body);
  }

  @Property(tries = 300)
  void xmlishTextParsesOrFailsCleanly(@ForAll("xmlish") String text) {
    assertParsesOrFailsCleanly(text.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<byte[]> garbled() {
    return Arbitraries.of(FIXTURES)
        .flatMap(
            name -> {
              byte[] original = Fixtures.bytes(name);
              return Arbitraries.integers()
                  .between(0, original.length - 1)
                  .list()
                  .ofMinSize(1)
                  .ofMaxSize(8)
                  .flatMap(
                      positions ->
                          Arbitraries.bytes()
                              .array(byte[].class)
                              .ofSize(positions.size())
                              .flatMap(
                                  values ->
                                      Arbitraries.integers()
                                          .between(1, original.length)
                                          .map(
                                              cut -> {
                                                byte[] b = original.clone();
                                                for (int i = 0; i < positions.size(); i++) {
                                                  b[positions.get(i)] = values[i];
                                                }
                                                byte[] truncated = new byte[cut];
                                                System.arraycopy(b, 0, truncated, 0, cut);
                                                return truncated;
                                              })));
            });
  }

  @Provide
  Arbitrary<String> xmlish() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "<?xml version=\"1.0\"?>",
            "<tickets>",
            "</tickets>",
            "<ticket id=\"1\">",
            "</ticket>",
            "<![CDATA[",
            "]]>",
            "<!DOCTYPE x [<!ENTITY e \"a\">]>",
            "&e;",
            "&amp;",
            "&#0;",
            "&#x1F600;",
            "<!--",
            "-->",
            "<?php ?>",
            "\u0000",
            "\uFFFE",
            "é",
            "<a b='",
            "'>",
            "text",
            " ");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  private static void assertParsesOrFailsCleanly(byte[] body) {
    try {
      XmlNode root = SafeXml.parse(body);
      assertThat(root).isNotNull();
      assertThat(root.name()).isNotNull();
    } catch (XmlParseException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
