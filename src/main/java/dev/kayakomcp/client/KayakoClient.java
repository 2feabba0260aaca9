package dev.kayakomcp.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.kayakomcp.client.KayakoHttp.Call;
import dev.kayakomcp.client.KayakoHttp.Method;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldGroup;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.StaffGroup;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketCount;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import dev.kayakomcp.xml.CustomFieldReader;
import dev.kayakomcp.xml.LookupReader;
import dev.kayakomcp.xml.NoteReader;
import dev.kayakomcp.xml.PeopleReader;
import dev.kayakomcp.xml.PostReader;
import dev.kayakomcp.xml.TicketCountReader;
import dev.kayakomcp.xml.TicketReader;
import dev.kayakomcp.xml.XmlNode;
import java.net.http.HttpClient;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The Kayako Classic REST client. One instance holds one shared JDK {@link HttpClient} (HTTP/1.1,
 * keep-alive) and is safe to use from several threads.
 *
 * <p>Every method returns model records and throws {@link KayakoApiException} subclasses
 * (unchecked). Lookup tables are cached for {@link ClientSettings#lookupTtl()}; display ids are
 * resolved to numeric ids once. Sub-resource calls take numeric ids only, because the server
 * silently returns empty lists for display ids there (spec §4.1): resolve with {@link
 * #resolveTicketId} first. Posts always come oldest first, whatever the server's post-order
 * setting. GETs are retried on transient failures (429, 502, 503, 504, a reset connection) with
 * backoff; POST, PUT and DELETE never are. A circuit breaker pauses calls after repeated failures
 * and a bulkhead bounds the requests in flight ({@link ResilienceSettings}); a {@link CallDeadline}
 * bounds each tool call.
 */
public final class KayakoClient {

  private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,9}");
  private static final int MAX_USERS_PER_PAGE = 1000;

  private final KayakoHttp http;
  private final boolean cacheLookups;
  private final Cache<String, List<?>> lookups;
  private final Cache<String, Integer> ticketIds;

  /** A client with a fresh HTTP client and random salts. */
  public KayakoClient(ClientSettings settings) {
    this(settings, ResilienceSettings.defaults());
  }

  /** A client with its own retry, circuit breaker and concurrency settings. */
  public KayakoClient(ClientSettings settings, ResilienceSettings resilience) {
    this(settings, RequestSigner.randomSalts(), Ticker.systemTicker(), resilience);
  }

  /** For tests: deterministic salts and a fake clock for the lookup cache. */
  KayakoClient(ClientSettings settings, Supplier<String> salts, Ticker ticker) {
    this(settings, salts, ticker, ResilienceSettings.defaults());
  }

  KayakoClient(
      ClientSettings settings,
      Supplier<String> salts,
      Ticker ticker,
      ResilienceSettings resilience) {
    RequestSigner signer = new RequestSigner(settings.apiKey(), settings.secretKey(), salts);
    this.http =
        new KayakoHttp(
            settings,
            signer,
            KayakoHttp.newHttpClient(settings),
            KayakoHttp.MAX_RESPONSE_BYTES,
            resilience);
    this.cacheLookups = !settings.lookupTtl().isZero();
    Caffeine<Object, Object> lookupCache = Caffeine.newBuilder().executor(Runnable::run);
    if (cacheLookups) {
      lookupCache.expireAfterWrite(settings.lookupTtl()).ticker(ticker);
    } else {
      lookupCache.maximumSize(0);
    }
    this.lookups = lookupCache.build();
    this.ticketIds = Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();
  }

  /**
   * How many writes (POST, PUT, DELETE other than searches) this client has finished, landed or
   * not. An answer computed from reads is stale once this number has moved.
   */
  public long writeGeneration() {
    return http.writes();
  }

  /** The state of the circuit breaker: CLOSED, OPEN or HALF_OPEN. */
  public String breakerState() {
    return http.resilience().breakerState().name();
  }

  /**
   * Whether the lookup tables behind a ticket view (departments, statuses, priorities, types,
   * staff) are all cached, so reading them costs no request and no thread hop is worth making.
   */
  public boolean ticketLookupsCached() {
    if (!cacheLookups) {
      return false;
    }
    for (String route :
        List.of(
            "/Base/Department",
            "/Tickets/TicketStatus",
            "/Tickets/TicketPriority",
            "/Tickets/TicketType",
            "/Base/Staff")) {
      if (lookups.getIfPresent(route) == null) {
        return false;
      }
    }
    return true;
  }

  /** Forgets cached lookup tables and resolved display ids. */
  public void clearCaches() {
    lookups.invalidateAll();
    ticketIds.invalidateAll();
  }

  // ---- lookups (cached) ----

  /** All departments ({@code GET /Base/Department}), tickets and live-chat alike. */
  public List<Department> departments() {
    return cached("/Base/Department", "departments", LookupReader::departments);
  }

  /** All ticket statuses ({@code GET /Tickets/TicketStatus}). */
  public List<TicketStatus> ticketStatuses() {
    return cached("/Tickets/TicketStatus", "ticketstatuses", LookupReader::ticketStatuses);
  }

  /** All ticket priorities. */
  public List<TicketPriority> ticketPriorities() {
    return cached("/Tickets/TicketPriority", "ticketpriorities", LookupReader::ticketPriorities);
  }

  /** All ticket types. */
  public List<TicketType> ticketTypes() {
    return cached("/Tickets/TicketType", "tickettypes", LookupReader::ticketTypes);
  }

  /** All staff accounts. */
  public List<Staff> staff() {
    return cached("/Base/Staff", "staffusers", PeopleReader::staff);
  }

  /** All staff groups. */
  public List<StaffGroup> staffGroups() {
    return cached("/Base/StaffGroup", "staffgroups", LookupReader::staffGroups);
  }

  /** All user groups. */
  public List<UserGroup> userGroups() {
    return cached("/Base/UserGroup", "usergroups", LookupReader::userGroups);
  }

  /** All custom field definitions. */
  public List<CustomField> customFieldDefinitions() {
    return cached("/Base/CustomField", "customfields", CustomFieldReader::definitions);
  }

  /** The options of one select-like custom field. */
  public List<CustomFieldOption> customFieldOptions(int fieldId) {
    positive(fieldId, "fieldId");
    return cached(
        ApiEndpoint.route("Base", "CustomField", "ListOptions", fieldId),
        "customfieldoptions",
        CustomFieldReader::options);
  }

  // ---- tickets ----

  /**
   * One ticket with its posts (without attachment bytes). A merged ticket's id may differ from the
   * one asked for.
   *
   * @param idOrDisplayId a numeric id ({@code 1042}) or a display id ({@code QXV-418-20573})
   * @throws TicketNotFoundException when Kayako has no such ticket
   */
  public Ticket ticket(String idOrDisplayId) {
    String ref = ticketRef(idOrDisplayId);
    XmlNode root =
        http.xml(Call.get(ApiEndpoint.route("Tickets", "Ticket", ref)).about(ref), "tickets");
    List<Ticket> tickets = TicketReader.tickets(root);
    if (tickets.isEmpty()) {
      throw new TicketNotFoundException(ref, 200, "");
    }
    Ticket t = oldestPostFirst(tickets.get(0));
    if (!NUMERIC.matcher(ref).matches()) {
      ticketIds.put(ref.toUpperCase(Locale.ROOT), t.id());
    }
    return t;
  }

  /** {@link #ticket(String)} for a numeric id. */
  public Ticket ticket(int ticketId) {
    positive(ticketId, "ticketId");
    return ticket(Integer.toString(ticketId));
  }

  /**
   * The numeric id for a numeric or display id. Numeric strings pass through without a call; a
   * display id is looked up once and then remembered.
   */
  public int resolveTicketId(String idOrDisplayId) {
    String ref = ticketRef(idOrDisplayId);
    if (NUMERIC.matcher(ref).matches()) {
      return Integer.parseInt(ref);
    }
    // Mask ids are upper case; a lower-case paste must not cost a second lookup.
    Integer known = ticketIds.getIfPresent(ref.toUpperCase(Locale.ROOT));
    return known != null ? known : ticket(ref).id();
  }

  /**
   * The numeric id of a display id this client has already resolved, without a request; empty when
   * it has not (or for a numeric string, which needs no resolving).
   */
  public OptionalInt knownTicketId(String displayId) {
    Integer known =
        displayId == null
            ? null
            : ticketIds.getIfPresent(displayId.strip().toUpperCase(Locale.ROOT));
    return known == null ? OptionalInt.empty() : OptionalInt.of(known);
  }

  /** Tickets matching a ListAll filter, without posts ({@link Ticket#posts()} is null). */
  public List<Ticket> listTickets(TicketQuery query) {
    return TicketReader.tickets(http.xml(Call.get(query.route()), "tickets"));
  }

  /**
   * How many tickets match the filter's first four parts, from GetTicketCount; empty when the
   * server does not offer that call (older builds answer 404/400 or non-XML), so callers can fall
   * back. Authentication, API-disabled and network failures are still thrown.
   */
  public OptionalLong countTickets(TicketQuery query) {
    try {
      return TicketReader.totalCount(http.xml(Call.get(query.countRoute()), "tickets"));
    } catch (AuthenticationException | ApiDisabledException | KayakoTransportException e) {
      throw e;
    } catch (KayakoApiException e) {
      return OptionalLong.empty();
    }
  }

  /** {@link #countTickets(TicketQuery)} with the filter parts given one by one. */
  public OptionalLong countTickets(
      List<Integer> departmentIds,
      List<Integer> statusIds,
      List<Integer> ownerStaffIds,
      List<Integer> userIds) {
    return countTickets(
        new TicketQuery(departmentIds, statusIds, ownerStaffIds, userIds, 0, 0, null, null));
  }

  /**
   * TicketSearch. Each hit includes its posts. No paging exists; the server caps the number of
   * results with an admin setting.
   *
   * @param flags the areas to search; at least one besides {@link SearchFlag#PHRASE}
   */
  public List<Ticket> searchTickets(String query, Set<SearchFlag> flags) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the search query must not be empty");
    }
    if (flags == null || flags.isEmpty() || EnumSet.of(SearchFlag.PHRASE).containsAll(flags)) {
      throw new IllegalArgumentException(
          "choose at least one search area (e.g. contents, fullname, email, ticketid)");
    }
    List<Map.Entry<String, String>> form = new ArrayList<>();
    form.add(field("query", query));
    for (SearchFlag f : EnumSet.copyOf(flags)) {
      form.add(field(f.formField(), "1"));
    }
    return TicketReader.tickets(
            http.xml(new Call(Method.POST, "/Tickets/TicketSearch", form, null), "tickets"))
        .stream()
        .map(KayakoClient::oldestPostFirst)
        .toList();
  }

  // ---- ticket sub-resources (numeric ids only) ----

  /**
   * All posts of a ticket via TicketPost ListAll. Heavy: posts with attachments carry the files'
   * bytes. Prefer {@link #ticket(String)}, whose posts have none, plus {@link #attachment}.
   */
  public List<Post> posts(int ticketId) {
    return byPostId(PostReader.posts(sub("TicketPost", ticketId, "posts")));
  }

  /** The ticket notes of a ticket (user and organisation notes come only with the ticket). */
  public List<Note> notes(int ticketId) {
    return NoteReader.notes(sub("TicketNote", ticketId, "notes"));
  }

  /** Attachment metadata of a ticket, without contents. */
  public List<Attachment> attachments(int ticketId) {
    return PostReader.attachments(sub("TicketAttachment", ticketId, "attachments"));
  }

  /** One attachment with its base64 contents. */
  public Attachment attachment(int ticketId, int attachmentId) {
    positive(ticketId, "ticketId");
    positive(attachmentId, "attachmentId");
    String ref = Integer.toString(ticketId);
    List<Attachment> found =
        PostReader.attachments(
            http.xml(
                Call.get(ApiEndpoint.route("Tickets", "TicketAttachment", ticketId, attachmentId))
                    .about(ref),
                "attachments"));
    if (found.isEmpty()) {
      throw new NotFoundException(
          "Attachment " + attachmentId + " of ticket " + ticketId + " was not found.", 200, "");
    }
    return found.get(0);
  }

  /** The time-tracking (billing) entries of a ticket. */
  public List<TimeTrack> timeTracks(int ticketId) {
    return NoteReader.timeTracks(sub("TicketTimeTrack", ticketId, "timetracks"));
  }

  /** The custom field values of a ticket, by group. */
  public List<CustomFieldGroup> customFields(int ticketId) {
    positive(ticketId, "ticketId");
    return CustomFieldReader.ticketValues(
        http.xml(
            Call.get(ApiEndpoint.route("Tickets", "TicketCustomField", ticketId))
                .about(Integer.toString(ticketId)),
            "customfields"));
  }

  /** Kayako's dashboard counters. */
  public TicketCount ticketCount() {
    return TicketCountReader.ticketCount(http.xml(Call.get("/Tickets/TicketCount"), "ticketcount"));
  }

  // ---- users and organisations ----

  /**
   * Users with id ≥ {@code marker}, at most {@code max} (1–1000), by id. Page on with {@code marker
   * = last id + 1}.
   */
  public List<User> users(int marker, int max) {
    if (marker < 0) {
      throw new IllegalArgumentException("marker must not be negative");
    }
    if (max < 1 || max > MAX_USERS_PER_PAGE) {
      throw new IllegalArgumentException("max must be between 1 and " + MAX_USERS_PER_PAGE);
    }
    return PeopleReader.users(
        http.xml(Call.get(ApiEndpoint.route("Base", "User", "Filter", marker, max)), "users"));
  }

  /** One user, or empty when Kayako has none with that id (it answers an empty list). */
  public Optional<User> user(int id) {
    positive(id, "user id");
    return first(
        PeopleReader.users(http.xml(Call.get(ApiEndpoint.route("Base", "User", id)), "users")));
  }

  /** UserSearch: e-mail, name, phone, organisation and user-group title; no paging. */
  public List<User> searchUsers(String query) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the user search query must not be empty");
    }
    return PeopleReader.users(
        http.xml(
            new Call(Method.POST, "/Base/UserSearch", List.of(field("query", query)), null),
            "users"));
  }

  /** One organisation, or empty. */
  public Optional<UserOrganization> organization(int id) {
    positive(id, "organization id");
    return first(
        PeopleReader.organizations(
            http.xml(
                Call.get(ApiEndpoint.route("Base", "UserOrganization", id)), "userorganizations")));
  }

  /** All organisations. */
  public List<UserOrganization> organizations() {
    return PeopleReader.organizations(
        http.xml(Call.get("/Base/UserOrganization"), "userorganizations"));
  }

  // ---- writes (never retried) ----

  /**
   * Creates a ticket ({@code POST /Tickets/Ticket}) from Kayako's form fields: {@code subject,
   * fullname, email, contents, departmentid, ticketstatusid, ticketpriorityid, tickettypeid} and
   * one of {@code autouserid=1 | userid | staffid}; optional {@code ownerstaffid, type=phone,
   * templategroup, ignoreautoresponder}.
   */
  public Ticket createTicket(Map<String, String> fields) {
    for (String required :
        List.of(
            "subject",
            "fullname",
            "email",
            "contents",
            "departmentid",
            "ticketstatusid",
            "ticketpriorityid",
            "tickettypeid")) {
      if (fields.get(required) == null || fields.get(required).isBlank()) {
        throw new IllegalArgumentException("createTicket needs the field '" + required + "'");
      }
    }
    if (!fields.containsKey("autouserid")
        && !fields.containsKey("userid")
        && !fields.containsKey("staffid")) {
      throw new IllegalArgumentException(
          "createTicket needs one of autouserid=1, userid or staffid");
    }
    return oneTicket(new Call(Method.POST, "/Tickets/Ticket", entries(fields), null), "new");
  }

  /**
   * Updates a ticket ({@code PUT}) with write field names ({@code ticketstatusid}, {@code
   * ownerstaffid}, …). Kayako ignores invalid values silently, so check the returned ticket.
   */
  public Ticket updateTicket(int ticketId, Map<String, String> fields) {
    positive(ticketId, "ticketId");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("updateTicket needs at least one field");
    }
    String ref = Integer.toString(ticketId);
    return oneTicket(
        new Call(
            Method.PUT, ApiEndpoint.route("Tickets", "Ticket", ticketId), entries(fields), ref),
        ref);
  }

  /** Adds a reply and returns it. */
  public Post addPost(NewPost post) {
    return addPost(post, List.of());
  }

  /**
   * Adds a reply with inline attachments ({@code filename0}/{@code filecontent0} … up to ten) and
   * returns it.
   */
  public Post addPost(NewPost post, List<NewAttachment> files) {
    if (files.size() > 10) {
      throw new IllegalArgumentException("Kayako takes at most 10 attachments with one post");
    }
    List<Map.Entry<String, String>> form = new ArrayList<>();
    form.add(field("ticketid", Integer.toString(post.ticketId())));
    form.add(field("contents", post.contents()));
    if (post.staffId() > 0) {
      form.add(field("staffid", Integer.toString(post.staffId())));
      if (post.isPrivate()) {
        form.add(field("isprivate", "1"));
      }
    } else {
      form.add(field("userid", Integer.toString(post.userId())));
    }
    for (int i = 0; i < files.size(); i++) {
      form.add(field("filename" + i, files.get(i).fileName()));
      form.add(field("filecontent" + i, files.get(i).base64()));
    }
    String ref = Integer.toString(post.ticketId());
    List<Post> echoed =
        PostReader.posts(
            http.xml(new Call(Method.POST, "/Tickets/TicketPost", form, ref), "posts"));
    return single(echoed, "post");
  }

  /** Adds a ticket note by a staff member; {@code noteColor} 1 yellow … 5 red. */
  public Note addNote(int ticketId, int staffId, String contents, int noteColor) {
    positive(ticketId, "ticketId");
    positive(staffId, "staffId");
    if (contents == null) {
      throw new IllegalArgumentException("contents must be given");
    }
    if (noteColor < 1 || noteColor > 5) {
      throw new IllegalArgumentException("noteColor must be 1 to 5");
    }
    List<Map.Entry<String, String>> form =
        List.of(
            field("ticketid", Integer.toString(ticketId)),
            field("contents", contents),
            field("staffid", Integer.toString(staffId)),
            field("notecolor", Integer.toString(noteColor)));
    String ref = Integer.toString(ticketId);
    return single(
        NoteReader.notes(
            http.xml(new Call(Method.POST, "/Tickets/TicketNote", form, ref), "notes")),
        "note");
  }

  /** Adds a time-tracking entry and returns it. */
  public TimeTrack addTimeTrack(NewTimeTrack t) {
    List<Map.Entry<String, String>> form = new ArrayList<>();
    form.add(field("ticketid", Integer.toString(t.ticketId())));
    form.add(field("staffid", Integer.toString(t.staffId())));
    form.add(field("contents", t.contents()));
    form.add(field("worktimeline", Long.toString(t.workDate())));
    form.add(field("billtimeline", Long.toString(t.billDate())));
    form.add(field("timespent", Long.toString(t.timeSpentSeconds())));
    form.add(field("timebillable", Long.toString(t.timeBillableSeconds())));
    if (t.workerStaffId() > 0) {
      form.add(field("workerstaffid", Integer.toString(t.workerStaffId())));
    }
    form.add(field("notecolor", Integer.toString(t.noteColor())));
    String ref = Integer.toString(t.ticketId());
    return single(
        NoteReader.timeTracks(
            http.xml(new Call(Method.POST, "/Tickets/TicketTimeTrack", form, ref), "timetracks")),
        "time track");
  }

  // ---- helpers ----

  @SuppressWarnings("unchecked")
  private <T> List<T> cached(String route, String root, Function<XmlNode, List<T>> reader) {
    if (!cacheLookups) {
      return List.copyOf(reader.apply(http.xml(Call.get(route), root)));
    }
    return (List<T>)
        lookups.get(route, r -> List.copyOf(reader.apply(http.xml(Call.get(r), root))));
  }

  private XmlNode sub(String controller, int ticketId, String root) {
    positive(ticketId, "ticketId");
    return http.xml(
        Call.get(ApiEndpoint.route("Tickets", controller, "ListAll", ticketId))
            .about(Integer.toString(ticketId)),
        root);
  }

  private Ticket oneTicket(Call call, String ref) {
    List<Ticket> tickets = TicketReader.tickets(http.xml(call, "tickets"));
    if (tickets.isEmpty()) {
      throw new TicketNotFoundException(ref, 200, "");
    }
    return oldestPostFirst(tickets.get(0));
  }

  /** Post order follows an admin setting (spec §4.15); callers always get oldest first. */
  private static Ticket oldestPostFirst(Ticket t) {
    return t.posts() == null ? t : t.withPosts(byPostId(t.posts()));
  }

  private static List<Post> byPostId(List<Post> posts) {
    return posts.stream().sorted(Comparator.comparingInt(Post::id)).toList();
  }

  private static <T> T single(List<T> echoed, String what) {
    if (echoed.isEmpty()) {
      // The write most likely happened; the server just did not echo it (spec §4.1).
      throw new KayakoApiException(
          "Kayako accepted the "
              + what
              + " but did not return it; re-read the ticket to confirm before trying again.",
          200,
          "");
    }
    return echoed.get(0);
  }

  private static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  private static String ticketRef(String idOrDisplayId) {
    if (idOrDisplayId == null || idOrDisplayId.isBlank()) {
      throw new IllegalArgumentException("a ticket id is required");
    }
    String ref = idOrDisplayId.strip();
    if (ref.startsWith("#")) {
      ref = ref.substring(1);
    }
    if (NUMERIC.matcher(ref).matches() && Integer.parseInt(ref) == 0) {
      throw new IllegalArgumentException("ticket id 0 does not exist");
    }
    ApiEndpoint.route(ref); // refuses characters that cannot be a ticket id
    return ref;
  }

  private static void positive(int id, String name) {
    if (id <= 0) {
      throw new IllegalArgumentException(name + " must be a positive numeric id, got " + id);
    }
  }

  private static Map.Entry<String, String> field(String name, String value) {
    return new SimpleEntry<>(name, value);
  }

  private static List<Map.Entry<String, String>> entries(Map<String, String> fields) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    fields.forEach((k, v) -> list.add(field(k, v == null ? "" : v)));
    return list;
  }
}
