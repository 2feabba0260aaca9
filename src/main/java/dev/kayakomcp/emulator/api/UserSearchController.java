package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.xml.PeopleXml;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Base/UserSearch (§2.13): POST {@code query} (and optional {@code phrase=1}); matches e-mail, full
 * name, phone, organisation name and user-group title; no paging.
 */
final class UserSearchController implements Controller {

  static final String POST_ONLY = "Not Implemented, Call POST /Base/UserSearch instead.";

  private final Context ctx;

  UserSearchController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    throw ApiException.badRequest(POST_ONLY);
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    throw ApiException.badRequest(POST_ONLY);
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    String query = r.params().text("query").strip().toLowerCase(Locale.ROOT);
    if (query.isEmpty()) {
      throw ApiException.badRequest("Query should not be empty");
    }
    List<String> words =
        "1".equals(r.params().get("phrase"))
            ? List.of(query)
            : Arrays.stream(query.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    return ctx.read(
        () -> {
          Helpdesk h = ctx.helpdesk();
          List<User> hits = new ArrayList<>();
          for (User u : h.users.values()) {
            List<String> fields = new ArrayList<>(u.emails());
            fields.add(u.fullName());
            fields.add(u.phone());
            UserOrganization o = h.organizations.get(u.userOrganizationId());
            if (o != null) {
              fields.add(o.name());
            }
            UserGroup g = h.userGroups.get(u.userGroupId());
            if (g != null) {
              fields.add(g.title());
            }
            boolean match =
                fields.stream()
                    .anyMatch(
                        f ->
                            f != null
                                && words.stream()
                                    .anyMatch(w -> f.toLowerCase(Locale.ROOT).contains(w)));
            if (match) {
              hits.add(u);
            }
          }
          return ApiResponse.xml(PeopleXml.users(hits));
        });
  }
}
