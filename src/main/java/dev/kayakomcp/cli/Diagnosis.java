package dev.kayakomcp.cli;

import dev.kayakomcp.client.KayakoApiException;

/** Explains a failed connection in terms of what the user can change. */
final class Diagnosis {

  private Diagnosis() {}

  static String of(KayakoApiException e, String apiUrl) {
    return e.getMessage();
  }
}
