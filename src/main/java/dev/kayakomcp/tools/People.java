package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/** User groups and the organisations of some users, fetched side by side. */
record People(Map<Integer, UserGroup> groups, Map<Integer, UserOrganization> organizations) {

  static People of(ToolContext context, List<User> users) throws KayakoApiException {
    Parallel parallel = context.parallel();
    Future<List<UserGroup>> groups = parallel.start(() -> context.client().userGroups());
    Map<Integer, Future<Optional<UserOrganization>>> pending = new LinkedHashMap<>();
    for (User u : users) {
      int org = u.userOrganizationId();
      if (org > 0 && !pending.containsKey(org)) {
        pending.put(org, parallel.start(() -> context.client().organization(org)));
      }
    }
    Map<Integer, UserGroup> g = new HashMap<>();
    parallel.join(groups).forEach(x -> g.put(x.id(), x));
    Map<Integer, UserOrganization> o = new HashMap<>();
    for (var e : pending.entrySet()) {
      parallel.join(e.getValue()).ifPresent(x -> o.put(e.getKey(), x));
    }
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
