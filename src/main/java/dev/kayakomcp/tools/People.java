package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

/** User groups and the organisations of some users, fetched side by side. */
record People(Map<Integer, UserGroup> groups, Map<Integer, UserOrganization> organizations) {

  /**
   * The groups (a cached lookup) and the organisations of {@code users}: one organisation is read
   * alone, several with one read of the organisation list, so a page costs at most one request
   * whatever its size (Kayako has no batch read of organisations).
   */
  static People of(ToolContext context, List<User> users) throws KayakoApiException {
    Parallel parallel = context.parallel();
    Future<List<UserGroup>> groups = parallel.start(() -> context.client().userGroups());
    Set<Integer> wanted = new HashSet<>();
    users.forEach(u -> wanted.add(u.userOrganizationId()));
    wanted.remove(0);
    Map<Integer, UserOrganization> o = new HashMap<>();
    if (wanted.size() == 1) {
      int only = wanted.iterator().next();
      context.client().organization(only).ifPresent(x -> o.put(only, x));
    } else if (wanted.size() > 1) {
      context.client().organizations().stream()
          .filter(x -> wanted.contains(x.id()))
          .forEach(x -> o.put(x.id(), x));
    }
    Map<Integer, UserGroup> g = new HashMap<>();
    parallel.join(groups).forEach(x -> g.put(x.id(), x));
    return new People(g, o);
  }

  UserGroup group(User u) {
    return groups.get(u.userGroupId());
  }

  UserOrganization organization(User u) {
    return organizations.get(u.userOrganizationId());
  }

  static Map<String, Object> userSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", Schema.type("integer"));
    p.put("name", Schema.type("string"));
    p.put("emails", Schema.arrayOf(Schema.type("string")));
    p.put("role", Schema.nullable("string"));
    p.put("designation", Schema.nullable("string"));
    p.put("phone", Schema.nullable("string"));
    p.put("organization_id", Schema.type("integer"));
    p.put("organization", Schema.nullable("string"));
    p.put("user_group_id", Schema.type("integer"));
    p.put("user_group", Schema.nullable("string"));
    p.put("enabled", Schema.type("boolean"));
    p.put("created_at", Schema.nullable("string"));
    p.put("last_visit_at", Schema.nullable("string"));
    return OutputSchemas.object(p, List.of("id", "name", "emails"));
  }
}
