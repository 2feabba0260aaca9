package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.TicketXml;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserOrganization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Tickets/TicketSearch (§2.4): POST only; each flag set to {@code 1} adds its matches (a union,
 * without duplicates), results come in storage order capped by the admin search limit, each with
 * its posts.
 */
final class TicketSearchController implements Controller {

  static final String POST_ONLY = "Not Implemented, Call POST /Tickets/TicketSearch instead.";

  private final Context ctx;

  TicketSearchController(Context ctx) {
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
  public ApiResponse put(List<String> args, ApiRequest r) {
    throw ApiException.badRequest(POST_ONLY);
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    throw ApiException.badRequest(POST_ONLY);
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    return ctx.read(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Set<Integer> ids = search(h, p);
          List<Ticket> hits = new ArrayList<>();
          int limit = ctx.settings().searchResultLimit();
          for (int id : ids) {
            Ticket t = h.tickets.get(id);
            if (t != null && hits.size() < limit) {
              hits.add(t);
            }
          }
          return ApiResponse.xml(
              TicketXml.document(h, hits, true, ctx.settings().postsDescending()));
        });
  }

  private static Set<Integer> search(Helpdesk h, Params p) {
    Set<Integer> ids = new TreeSet<>();
    String query = p.text("query").strip();
    if (query.isEmpty()) {
      return ids;
    }
    String q = query.toLowerCase(Locale.ROOT);
    boolean phrase = flag(p, "phrase");
    List<String> words =
        phrase ? List.of(q) : Arrays.stream(q.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    Predicate<String> contains = s -> s != null && words.stream().anyMatch(w -> lc(s).contains(w));
    Predicate<String> containsQuery = s -> s != null && lc(s).contains(q);
    // "phrase" changes only how contents match (§2.4); the notes flag still ORs the words.
    List<String> anyWords = Arrays.stream(q.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    Predicate<String> containsAnyWord =
        s -> s != null && anyWords.stream().anyMatch(w -> lc(s).contains(w));

    if (flag(p, "ticketid")) {
      if (Params.isNumeric(query)) {
        Ticket t = TicketStore.find(h, query);
        if (t != null) {
          ids.add(t.id());
        }
      } else {
        addTickets(
            h, ids, t -> containsQuery.test(t.displayId()) || containsQuery.test(t.subject()));
      }
    }
    if (flag(p, "contents")) {
      addTickets(
          h,
          ids,
          t ->
              contains.test(t.subject())
                  || contains.test(t.fullName())
                  || contains.test(t.email())
                  || notes(h, t).stream().anyMatch(n -> contains.test(n.contents()))
                  || posts(h, t).stream().anyMatch(x -> contains.test(x.contents())));
    }
    if (flag(p, "author")) {
      addTickets(
          h,
          ids,
          t ->
              containsQuery.test(t.fullName())
                  || containsQuery.test(t.lastReplier())
                  || containsQuery.test(t.email())
                  || posts(h, t).stream()
                      .anyMatch(
                          x -> containsQuery.test(x.fullName()) || containsQuery.test(x.email())));
    }
    if (flag(p, "email")) {
      addTickets(
          h,
          ids,
          t ->
              containsQuery.test(t.email())
                  || posts(h, t).stream().anyMatch(x -> containsQuery.test(x.email())));
    }
    if (flag(p, "creatoremail")) {
      addTickets(h, ids, t -> containsQuery.test(t.email()));
    }
    if (flag(p, "fullname")) {
      addTickets(
          h,
          ids,
          t ->
              containsQuery.test(t.fullName())
                  || containsQuery.test(t.lastReplier())
                  || posts(h, t).stream().anyMatch(x -> containsQuery.test(x.fullName())));
    }
    if (flag(p, "notes")) {
      addTickets(
          h, ids, t -> notes(h, t).stream().anyMatch(n -> containsAnyWord.test(n.contents())));
    }
    if (flag(p, "usergroup")) {
      int group = Params.intval(query);
      Set<Integer> users = new HashSet<>();
      for (User u : h.users.values()) {
        if (u.userGroupId() == group) {
          users.add(u.id());
        }
      }
      addTickets(h, ids, t -> users.contains(t.userId()));
    }
    if (flag(p, "userorganization")) {
      Set<Integer> orgs = new HashSet<>();
      for (UserOrganization o : h.organizations.values()) {
        if (containsQuery.test(o.name())) {
          orgs.add(o.id());
        }
      }
      Set<Integer> users = new HashSet<>();
      for (User u : h.users.values()) {
        if (orgs.contains(u.userOrganizationId())) {
          users.add(u.id());
        }
      }
      addTickets(h, ids, t -> users.contains(t.userId()));
    }
    if (flag(p, "user")) {
      Set<Integer> users = new HashSet<>();
      for (User u : h.users.values()) {
        if (containsQuery.test(u.fullName()) || u.emails().stream().anyMatch(containsQuery)) {
          users.add(u.id());
        }
      }
      addTickets(h, ids, t -> users.contains(t.userId()));
    }
    if (flag(p, "tags")) {
      Set<String> wanted = new HashSet<>(Arrays.asList(q.split(" ")));
      wanted.remove("");
      addTickets(
          h,
          ids,
          t ->
              t.tags() != null
                  && Arrays.stream(lc(t.tags()).split("\\s+")).anyMatch(wanted::contains));
    }
    return ids;
  }

  private static void addTickets(Helpdesk h, Set<Integer> ids, Predicate<Ticket> match) {
    for (Ticket t : h.tickets.values()) {
      if (!ids.contains(t.id()) && match.test(t)) {
        ids.add(t.id());
      }
    }
  }

  private static List<Post> posts(Helpdesk h, Ticket t) {
    return h.posts.getOrDefault(t.id(), List.of());
  }

  private static List<Note> notes(Helpdesk h, Ticket t) {
    return h.ticketNotes.getOrDefault(t.id(), List.of());
  }

  /** Search flags are compared with the literal string {@code 1}. */
  private static boolean flag(Params p, String name) {
    return "1".equals(p.get(name));
  }

  private static String lc(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
