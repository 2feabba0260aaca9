package dev.kayakomcp.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads XML fixtures from {@code src/test/resources/xml/}. */
public final class Fixtures {

  private Fixtures() {}

  /** The raw bytes of a fixture. */
  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/xml/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture parsed with the hardened parser. */
  public static XmlNode parse(String name) {
    try {
      return SafeXml.parse(bytes(name));
    } catch (XmlParseException e) {
      throw new AssertionError("fixture " + name + " does not parse: " + e.getMessage(), e);
    }
  }
}
