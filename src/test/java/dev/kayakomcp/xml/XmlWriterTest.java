package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlWriterTest {

  @Test
  void writesKayakoLayoutExactly() {
    String xml =
        XmlWriter.document("tickets")
            .open("ticket", "id", 1042, "flagtype", 2)
            .element("displayid", "QXV-418-20573")
            .element("ownerstaffname", "")
            .flag("isescalated", false)
            .elementWithAttributes("watcher", null, "staffid", 4, "name", "Dana \"D\" <Agent> & co")
            .elementWithAttributes("note", "Identity confirmed.", "type", "ticket", "id", 15)
            .close("ticket")
            .finish("tickets");
    assertThat(xml)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<tickets>\n"
                + "<ticket id=\"1042\" flagtype=\"2\">\n"
                + "<displayid><![CDATA[QXV-418-20573]]></displayid>\n"
                + "<ownerstaffname />\n"
                + "<isescalated><![CDATA[0]]></isescalated>\n"
                + "<watcher staffid=\"4\" name=\"Dana &quot;D&quot; &lt;Agent&gt; &amp; co\" />\n"
                + "<note type=\"ticket\" id=\"15\"><![CDATA[Identity confirmed.]]></note>\n"
                + "</ticket>\n"
                + "</tickets>");
  }

  @Test
  void emptyWrapperHasANewlineInside() {
    assertThat(XmlWriter.document("tickets").finish("tickets"))
        .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tickets>\n</tickets>");
  }

  @Test
  void cdataTerminatorIsSplitAndControlCharactersDropped() throws Exception {
    String xml =
        XmlWriter.document("posts").element("contents", "a]]>b\u0001c\u000Bd\te\n").finish("posts");
    assertThat(xml).contains("<contents><![CDATA[a]]]]><![CDATA[>bcd\te\n]]></contents>");
    assertThat(
            SafeXml.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .childText("contents"))
        .isEqualTo("a]]>bcd\te\n");
  }
}
