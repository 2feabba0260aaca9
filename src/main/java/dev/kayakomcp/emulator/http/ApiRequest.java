package dev.kayakomcp.emulator.http;

import java.util.List;
import java.util.Map;

/**
 * One routed API call: the real HTTP method (there is no override), the route segments after the
 * controller ({@code args}), the parameters the controller may read and any uploaded files.
 *
 * @param method upper-case HTTP method
 * @param app first route segment, e.g. {@code Tickets}
 * @param controller second route segment, e.g. {@code Ticket}
 * @param args segments 3 and later, empty segments already dropped
 * @param params parameters from the place Kayako reads them for this method
 * @param files multipart file parts by field name
 */
public record ApiRequest(
    String method,
    String app,
    String controller,
    List<String> args,
    Params params,
    Map<String, MultipartParser.UploadedFile> files) {

  public ApiRequest {
    args = List.copyOf(args);
    files = Map.copyOf(files);
  }

  /** The argument at {@code index} (0 = segment 3), or null when the route is shorter. */
  public String arg(int index) {
    return index < args.size() ? args.get(index) : null;
  }
}
