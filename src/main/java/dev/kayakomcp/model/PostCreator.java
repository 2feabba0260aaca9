package dev.kayakomcp.model;

/** Who wrote a post: Kayako's numeric {@code creator} code. */
public enum PostCreator {
  STAFF(1, "staff"),
  USER(2, "customer"),
  CC(3, "cc"),
  BCC(4, "bcc"),
  THIRD_PARTY(5, "third party");

  private final int code;
  private final String label;

  PostCreator(int code, String label) {
    this.code = code;
    this.label = label;
  }

  public int code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The creator for a code; unknown codes count as the customer, the most cautious reading. */
  public static PostCreator of(int code) {
    for (PostCreator c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    return USER;
  }
}
