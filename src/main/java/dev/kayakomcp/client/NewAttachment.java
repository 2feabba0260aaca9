package dev.kayakomcp.client;

import java.util.Base64;

/** A file to attach to a new post: its name and its bytes as standard base64. */
public record NewAttachment(String fileName, String base64) {

  public NewAttachment {
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("an attachment needs a file name");
    }
    if (base64 == null || base64.isBlank()) {
      throw new IllegalArgumentException("attachment '" + fileName + "' has no content");
    }
    try {
      Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "attachment '" + fileName + "' is not valid base64: " + e.getMessage());
    }
    base64 = base64.strip();
  }

  /** The decoded size in bytes. */
  public int size() {
    return Base64.getDecoder().decode(base64).length;
  }
}
