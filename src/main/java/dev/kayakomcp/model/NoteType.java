package dev.kayakomcp.model;

/** What a note is attached to; the XML {@code type} attribute. */
public enum NoteType {
  TICKET("ticket"),
  USER("user"),
  USER_ORGANIZATION("userorganization");

  private final String xmlName;

  NoteType(String xmlName) {
    this.xmlName = xmlName;
  }

  public String xmlName() {
    return xmlName;
  }

  /** The type for an XML name, or null when Kayako sends one this project does not know. */
  public static NoteType of(String xmlName) {
    for (NoteType t : values()) {
      if (t.xmlName.equalsIgnoreCase(xmlName)) {
        return t;
      }
    }
    return null;
  }
}
