package dev.kayakomcp.format;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Compact JSON for structured tool content and for the {@code json} response format. */
public final class Json {

  private static final McpJsonMapper MAPPER = McpJsonDefaults.getMapper();

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      // Only maps, lists, strings, numbers and booleans reach here; failing is a bug.
      throw new UncheckedIOException(e);
    }
  }
}
