package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import java.util.List;
import java.util.Set;

/**
 * One Kayako API controller. The verbs mirror Kayako's {@code GetList/Get/Post/Put/Delete}; named
 * methods such as {@code ListAll} are reached through {@link #action}. A verb a controller does not
 * declare answers like {@link #undeclared}.
 */
public interface Controller {

  /** The text the emulator answers for a verb the controller does not implement. */
  String UNDECLARED = "Undeclared Function Called in API Controller";

  /** Lower-case names of real methods callable as segment 3 (e.g. {@code listall}). */
  default Set<String> actions() {
    return Set.of();
  }

  /** Calls a named method with the segments after it. */
  default ApiResponse action(String name, List<String> args, ApiRequest request) {
    throw undeclared();
  }

  /** GET without segment 3. */
  default ApiResponse getList(ApiRequest request) {
    throw undeclared();
  }

  default ApiResponse get(List<String> args, ApiRequest request) {
    throw undeclared();
  }

  default ApiResponse post(List<String> args, ApiRequest request) {
    throw undeclared();
  }

  default ApiResponse put(List<String> args, ApiRequest request) {
    throw undeclared();
  }

  default ApiResponse delete(List<String> args, ApiRequest request) {
    throw undeclared();
  }

  static ApiException undeclared() {
    return ApiException.badRequest(UNDECLARED);
  }
}
