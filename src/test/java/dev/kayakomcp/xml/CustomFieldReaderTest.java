package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldGroup;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomFieldReaderTest {

  @Test
  void readsTicketValuesByGroup() {
    List<CustomFieldGroup> groups =
        CustomFieldReader.ticketValues(Fixtures.parse("ticket-customfields.xml"));

    assertThat(groups).hasSize(1);
    CustomFieldGroup g = groups.get(0);
    assertThat(g.id()).isEqualTo(4);
    assertThat(g.title()).isEqualTo("Product details");
    assertThat(g.fields()).hasSize(6);
    assertThat(g.fields().get(0))
        .isEqualTo(new CustomFieldValue(11, "Serial number", 1, "k8d2m1x9qa", "", "SN-0042-7781"));
    // Linked select: the literal &gt; in CDATA becomes '>'.
    assertThat(g.fields().get(1).value()).isEqualTo("Printers > LaserJet 5");
    assertThat(g.fields().get(2).value()).isEqualTo("Windows, macOS");
    assertThat(g.fields().get(3).value()).isEqualTo("03/14/2023");
    assertThat(g.fields().get(4).fileName()).isEqualTo("invoice.txt");
    assertThat(g.fields().get(4).value()).isEqualTo("SW52b2ljZSAjMTAwMQ==");
    assertThat(g.fields().get(5).value()).isEmpty();
  }

  @Test
  void readsDefinitionsFromAttributes() {
    assertThat(CustomFieldReader.definitions(Fixtures.parse("customfield-definitions.xml")))
        .containsExactly(
            new CustomField(
                11,
                4,
                "Serial number",
                1,
                "k8d2m1x9qa",
                "",
                false,
                true,
                true,
                "",
                1,
                false,
                "",
                9));
  }

  @Test
  void readsOptions() {
    assertThat(CustomFieldReader.options(Fixtures.parse("customfield-options.xml")))
        .containsExactly(
            new CustomFieldOption(31, 13, "Windows", 1, false, 0),
            new CustomFieldOption(32, 13, "macOS", 2, false, 0));
  }
}
