package dev.kayakomcp.xml;

/**
 * Writes XML the way Kayako Classic does: an XML declaration, one element per line without
 * indentation, non-empty text in CDATA, empty elements as {@code <name />}, attribute values
 * HTML-escaped, control characters dropped and no trailing newline.
 */
public final class XmlWriter {

  private final StringBuilder out = new StringBuilder(4096);

  private XmlWriter(String root) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root).append(">\n");
  }

  /** Starts a document whose single top-level element is {@code root}. */
  public static XmlWriter document(String root) {
    return new XmlWriter(root);
  }

  /** Opens an element; attributes are name/value pairs. */
  public XmlWriter open(String name, Object... attributes) {
    out.append('<').append(name);
    appendAttributes(attributes);
    out.append(">\n");
    return this;
  }

  /** Closes an element opened with {@link #open}. */
  public XmlWriter close(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /**
   * A leaf element with a text value; {@code null} or empty text is written as {@code <name />}.
   */
  public XmlWriter element(String name, Object value) {
    String text = value == null ? "" : value.toString();
    if (text.isEmpty()) {
      out.append('<').append(name).append(" />\n");
    } else {
      out.append('<').append(name).append('>');
      appendCdata(text);
      out.append("</").append(name).append(">\n");
    }
    return this;
  }

  /** A boolean leaf as Kayako writes it: {@code 1} or {@code 0}. */
  public XmlWriter flag(String name, boolean value) {
    return element(name, value ? "1" : "0");
  }

  /** An element with attributes and CDATA text, or self-closing when the text is empty. */
  public XmlWriter elementWithAttributes(String name, String text, Object... attributes) {
    out.append('<').append(name);
    appendAttributes(attributes);
    if (text == null || text.isEmpty()) {
      out.append(" />\n");
    } else {
      out.append('>');
      appendCdata(text);
      out.append("</").append(name).append(">\n");
    }
    return this;
  }

  /** An XML comment on its own line, as Kayako puts in some responses. */
  public XmlWriter comment(String text) {
    out.append("<!-- ").append(text).append(" -->\n");
    return this;
  }

  /** Closes the root element and returns the document. */
  public String finish(String root) {
    out.append("</").append(root).append('>');
    return out.toString();
  }

  private void appendAttributes(Object... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      Object v = attributes[i + 1];
      appendEscaped(v == null ? "" : v.toString());
      out.append('"');
    }
  }

  private void appendEscaped(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (!isDroppedControl(c)) {
            out.append(c);
          }
        }
      }
    }
  }

  private void appendCdata(String s) {
    out.append("<![CDATA[");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDroppedControl(c)) {
        continue;
      }
      // A literal "]]>" would end the section early, so it is split across two sections.
      if (c == ']' && s.startsWith("]]>", i)) {
        out.append("]]]]><![CDATA[>");
        i += 2;
        continue;
      }
      out.append(c);
    }
    out.append("]]>");
  }

  static boolean isDroppedControl(char c) {
    return (c <= 0x08) || c == 0x0B || c == 0x0C || (c >= 0x0E && c <= 0x1F) || c == 0x7F;
  }
}
