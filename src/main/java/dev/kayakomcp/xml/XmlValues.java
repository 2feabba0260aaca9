package dev.kayakomcp.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * Lenient conversions from Kayako's XML text to Java values. Kayako writes an empty value as {@code
 * <x />} even for integer columns (PHP's loose {@code 0 == ''}), and older servers omit elements
 * newer ones send, so a missing, empty or garbled number reads as 0 and a missing string as "".
 * Strings are never coerced: a digit-only display id or phone number stays text.
 */
public final class XmlValues {

  private XmlValues() {}

  /** The trimmed text of a child element as an int; 0 when absent, empty or not a number. */
  public static int childInt(XmlNode node, String child) {
    return toInt(node.childText(child));
  }

  /** The trimmed text of a child element as a long; 0 when absent, empty or not a number. */
  public static long childLong(XmlNode node, String child) {
    return toLong(node.childText(child));
  }

  /** A child element read as Kayako's 0/1 flag; anything but a non-zero number is false. */
  public static boolean childFlag(XmlNode node, String child) {
    return toLong(node.childText(child)) != 0;
  }

  /** A child element's text exactly as sent (CDATA sections joined); "" when absent. */
  public static String childString(XmlNode node, String child) {
    return node.childText(child);
  }

  /** An attribute as an int; 0 when absent, empty or not a number. */
  public static int attrInt(XmlNode node, String attribute) {
    return toInt(node.attr(attribute));
  }

  /** An attribute as a long; 0 when absent, empty or not a number. */
  public static long attrLong(XmlNode node, String attribute) {
    return toLong(node.attr(attribute));
  }

  /** An attribute read as Kayako's 0/1 flag. */
  public static boolean attrFlag(XmlNode node, String attribute) {
    return toLong(node.attr(attribute)) != 0;
  }

  /** The ints in every child element with this name ({@code <usergroupid>} repeated). */
  public static List<Integer> childInts(XmlNode node, String child) {
    List<Integer> ids = new ArrayList<>();
    for (XmlNode c : node.children(child)) {
      String t = c.text().strip();
      if (!t.isEmpty()) {
        ids.add(toInt(t));
      }
    }
    return ids;
  }

  /** Lenient int parse: "" or garbage is 0, and an out-of-range value is clamped. */
  public static int toInt(String text) {
    long v = toLong(text);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }

  /** Lenient long parse: "" or garbage is 0. */
  public static long toLong(String text) {
    if (text == null) {
      return 0;
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
