package dev.kayakomcp.xml;

import static dev.kayakomcp.xml.LookupReader.each;
import static dev.kayakomcp.xml.XmlValues.attrFlag;
import static dev.kayakomcp.xml.XmlValues.attrInt;

import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldGroup;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import java.util.List;

/**
 * Reads custom fields: definitions ({@code <customfield …/>}, all attributes), their options
 * ({@code <option …/>}), and a ticket's values ({@code <group><field>value</field></group>}).
 */
public final class CustomFieldReader {

  private CustomFieldReader() {}

  /** {@code <customfields><customfield/>} from {@code GET /Base/CustomField}. */
  public static List<CustomField> definitions(XmlNode root) {
    return each(
        root,
        "customfield",
        f ->
            new CustomField(
                attrInt(f, "customfieldid"),
                attrInt(f, "customfieldgroupid"),
                f.attr("title"),
                attrInt(f, "fieldtype"),
                f.attr("fieldname"),
                f.attr("defaultvalue"),
                attrFlag(f, "isrequired"),
                attrFlag(f, "usereditable"),
                attrFlag(f, "staffeditable"),
                f.attr("regexpvalidate"),
                attrInt(f, "displayorder"),
                attrFlag(f, "encryptindb"),
                f.attr("description"),
                attrInt(f, "grouptype")));
  }

  /** {@code <customfieldoptions><option/>} from ListOptions. */
  public static List<CustomFieldOption> options(XmlNode root) {
    return each(
        root,
        "option",
        o ->
            new CustomFieldOption(
                attrInt(o, "customfieldoptionid"),
                attrInt(o, "customfieldid"),
                o.attr("optionvalue"),
                attrInt(o, "displayorder"),
                attrFlag(o, "isselected"),
                attrInt(o, "parentcustomfieldoptionid")));
  }

  /**
   * {@code <customfields><group><field>} from TicketCustomField. A linked-select value arrives as
   * the literal text {@code Parent &gt; Child} inside CDATA; it is turned back into {@code >} here
   * so callers see what the agent typed.
   */
  public static List<CustomFieldGroup> ticketValues(XmlNode root) {
    return each(
        root,
        "group",
        g ->
            new CustomFieldGroup(
                attrInt(g, "id"),
                g.attr("title"),
                attrInt(g, "displayorder"),
                each(
                    g,
                    "field",
                    f ->
                        new CustomFieldValue(
                            attrInt(f, "id"),
                            f.attr("title"),
                            attrInt(f, "type"),
                            f.attr("name"),
                            f.attr("filename"),
                            value(f)))));
  }

  private static String value(XmlNode field) {
    String text = field.text();
    if (attrInt(field, "type") == LINKED_SELECT) {
      text = text.replace("&gt;", ">");
    }
    return text;
  }

  private static final int LINKED_SELECT = 9;
}
