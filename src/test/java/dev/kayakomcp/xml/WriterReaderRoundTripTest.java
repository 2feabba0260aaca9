package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Ticket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the emulator writes with {@link XmlWriter}, the client's readers read back: CDATA splits,
 * escaped attributes, dropped control characters, empty elements and linked-select text.
 */
class WriterReaderRoundTripTest {

  private static XmlNode parse(String xml) throws XmlParseException {
    return SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ticketSurvivesTheWriter() throws Exception {
    String xml =
        XmlWriter.document("tickets")
            .open("ticket", "id", 7, "flagtype", 5)
            .element("displayid", "0000007")
            .element("subject", "a]]>b ]]]> c\u0007 – ü")
            .element("userorganizationid", "")
            .element("ownerstaffname", null)
            .elementWithAttributes("watcher", "", "staffid", 4, "name", "Dana \"D\" <Agent> & co")
            .elementWithAttributes(
                "note",
                "x < y & z",
                "type",
                "user",
                "id",
                6,
                "userid",
                57,
                "creatorstaffname",
                "O'Brien & Sons")
            .open("posts")
            .open("post")
            .element("ticketpostid", 12)
            .element("contents", "<p>hi</p>")
            .flag("ishtml", true)
            .close("post")
            .close("posts")
            .close("ticket")
            .finish("tickets");

    Ticket t = TicketReader.tickets(parse(xml)).get(0);

    assertThat(t.id()).isEqualTo(7);
    assertThat(t.flagType()).isEqualTo(5);
    assertThat(t.displayId()).isEqualTo("0000007");
    assertThat(t.subject()).isEqualTo("a]]>b ]]]> c – ü");
    assertThat(t.userOrganizationId()).isZero();
    assertThat(t.ownerStaffName()).isEmpty();
    assertThat(t.watchers().get(0).name()).isEqualTo("Dana \"D\" <Agent> & co");
    Note n = t.notes().get(0);
    assertThat(n.ownerId()).isEqualTo(57);
    assertThat(n.creatorStaffName()).isEqualTo("O'Brien & Sons");
    assertThat(n.contents()).isEqualTo("x < y & z");
    assertThat(t.posts().get(0).html()).isTrue();
    assertThat(t.posts().get(0).contents()).isEqualTo("<p>hi</p>");
  }

  @Test
  void linkedSelectReadsTheSameWithLiteralOrEscapedArrow() throws Exception {
    String xml =
        XmlWriter.document("customfields")
            .open("group", "id", 1, "title", "G", "displayorder", 1)
            .elementWithAttributes(
                "field", "Printers &gt; LaserJet", "id", 1, "title", "A", "type", 9, "name", "a")
            .elementWithAttributes(
                "field", "Printers > LaserJet", "id", 2, "title", "B", "type", 9, "name", "b")
            .elementWithAttributes(
                "field", "AT&gt;T stays", "id", 3, "title", "C", "type", 1, "name", "c")
            .close("group")
            .finish("customfields");

    assertThat(CustomFieldReader.ticketValues(parse(xml)).get(0).fields())
        .extracting(CustomFieldValue::value)
        .containsExactly("Printers > LaserJet", "Printers > LaserJet", "AT&gt;T stays");
  }
}
