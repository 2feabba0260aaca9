package dev.kayakomcp.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses XML with DTDs and external entities off, as a stream with caps per field and per document.
 * Anything a PHP server printed before {@code <?xml} (notices, warnings) is skipped, as the
 * official PHP client does.
 */
public final class SafeXml {

  private static final XMLInputFactory FACTORY = newFactory();

  private SafeXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** Parses a whole body with the default limits. */
  public static XmlNode parse(byte[] body) throws XmlParseException {
    return parse(body, XmlLimits.DEFAULT);
  }

  public static XmlNode parse(byte[] body, XmlLimits limits) throws XmlParseException {
    int start = indexOf(body, "<?xml".getBytes(StandardCharsets.US_ASCII));
    if (start < 0) {
      start = firstTag(body);
    }
    if (start < 0) {
      throw new XmlParseException("the response contains no XML");
    }
    return parse(new ByteArrayInputStream(body, start, body.length - start), limits);
  }

  /** Parses from a stream that starts at the XML declaration or the root element. */
  public static XmlNode parse(InputStream in, XmlLimits limits) throws XmlParseException {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in, "UTF-8");
      Deque<XmlNode> stack = new ArrayDeque<>();
      XmlNode root = null;
      long total = 0;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (stack.size() >= limits.maxDepth()) {
              throw new XmlParseException("the XML is nested deeper than " + limits.maxDepth());
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
              attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            XmlNode node = new XmlNode(r.getLocalName(), attrs);
            if (stack.isEmpty()) {
              if (root != null) {
                throw new XmlParseException("the XML has more than one top-level element");
              }
              root = node;
            } else {
              stack.peek().addChild(node);
            }
            stack.push(node);
          }
          case XMLStreamConstants.END_ELEMENT -> {
            XmlNode done = stack.pop();
            if (!done.children().isEmpty()) {
              // Layout whitespace between child elements is not a value.
              done.clearText();
            }
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (stack.isEmpty()) {
              break;
            }
            XmlNode current = stack.peek();
            String chunk = r.getText();
            if (current.textLength() + (long) chunk.length() > limits.maxFieldChars()) {
              throw new XmlParseException(
                  "an XML field is longer than " + limits.maxFieldChars() + " characters");
            }
            total += chunk.length();
            if (total > limits.maxTotalChars()) {
              throw new XmlParseException(
                  "the XML holds more than " + limits.maxTotalChars() + " characters of text");
            }
            current.appendText(chunk);
          }
          case XMLStreamConstants.DTD ->
              throw new XmlParseException("the XML declares a DTD, which is refused");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new XmlParseException(
                  "the XML references an undeclared entity '" + r.getLocalName() + "'");
          default -> {
            // comments, processing instructions and whitespace outside elements are skipped
          }
        }
      }
      if (root == null) {
        throw new XmlParseException("the response contains no XML element");
      }
      return root;
    } catch (XMLStreamException e) {
      throw new XmlParseException("malformed XML: " + firstLine(e.getMessage()), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.strip();
    int nl = m.lastIndexOf('\n');
    return nl >= 0 ? m.substring(nl + 1).strip() : m;
  }

  private static int firstTag(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      if (body[i] == '<') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
