package dev.kayakomcp.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed XML element: name, attributes, text (CDATA and text joined) and child elements, in
 * document order. Comments and processing instructions are dropped.
 */
public final class XmlNode {

  private final String name;
  private final Map<String, String> attributes;
  private final List<XmlNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlNode(String name, Map<String, String> attributes) {
    this.name = name;
    this.attributes = attributes.isEmpty() ? Map.of() : new LinkedHashMap<>(attributes);
  }

  public String name() {
    return name;
  }

  public Map<String, String> attributes() {
    return Collections.unmodifiableMap(attributes);
  }

  /** The attribute's value, or "" when absent. */
  public String attr(String attribute) {
    return attributes.getOrDefault(attribute, "");
  }

  public List<XmlNode> children() {
    return Collections.unmodifiableList(children);
  }

  /** All direct children with this name. */
  public List<XmlNode> children(String childName) {
    List<XmlNode> found = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        found.add(c);
      }
    }
    return found;
  }

  /** The first direct child with this name, or null. */
  public XmlNode child(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  /** The element's own text ("" for an empty element). */
  public String text() {
    return text.toString();
  }

  /** The text of the first child with this name, "" when the child is absent or empty. */
  public String childText(String childName) {
    XmlNode c = child(childName);
    return c == null ? "" : c.text();
  }

  /** Whether a child with this name exists at all (as opposed to existing but empty). */
  public boolean has(String childName) {
    return child(childName) != null;
  }

  void addChild(XmlNode child) {
    children.add(child);
  }

  void appendText(String s) {
    text.append(s);
  }

  void clearText() {
    text.setLength(0);
  }

  int textLength() {
    return text.length();
  }

  @Override
  public String toString() {
    return "<" + name + attributes + (children.isEmpty() ? " " + text : " " + children) + ">";
  }
}
