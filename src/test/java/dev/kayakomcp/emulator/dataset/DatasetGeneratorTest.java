package dev.kayakomcp.emulator.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.CustomFieldGroupDef;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.model.User;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final Pattern MASK = Pattern.compile("[A-Z]{3}-\\d{3}-\\d{5}");

  private static Helpdesk h;
  private static long windowStart;

  @BeforeAll
  static void generate() {
    h = DatasetGenerator.generate(42, DatasetGenerator.DEFAULT_TICKETS, NOW);
    windowStart = DatasetGenerator.windowStart(NOW);
  }

  private static List<Object> snapshot(Helpdesk d) {
    return List.of(
        d.departments,
        d.statuses,
        d.priorities,
        d.types,
        d.staffGroups,
        d.staff,
        d.userGroups,
        d.organizations,
        d.users,
        d.customFieldGroups,
        d.customFields,
        d.customFieldOptions,
        d.templateGroups,
        d.tickets,
        d.posts,
        d.ticketNotes,
        d.userNotes,
        d.organizationNotes,
        d.timeTracks,
        d.customFieldValues,
        d.mergedTicketIds,
        List.of(
            d.nextTicketId,
            d.nextPostId,
            d.nextNoteId,
            d.nextAttachmentId,
            d.nextTimeTrackId,
            d.nextUserId));
  }

  @Test
  void sameSeedGivesEqualHelpdesk() {
    Helpdesk again = DatasetGenerator.generate(42, DatasetGenerator.DEFAULT_TICKETS, NOW);
    List<Object> a = snapshot(h);
    List<Object> b = snapshot(again);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i)).as("part %d", i).isEqualTo(a.get(i));
    }
  }

  @Test
  void differentSeedGivesDifferentHelpdesk() {
    Helpdesk other = DatasetGenerator.generate(43, DatasetGenerator.DEFAULT_TICKETS, NOW);
    assertThat(other.tickets).isNotEqualTo(h.tickets);
    assertThat(other.users).isNotEqualTo(h.users);
    assertThat(other.posts).isNotEqualTo(h.posts);
  }

  @Test
  void ticketCountIsHonouredIncludingZero() {
    assertThat(h.tickets).hasSize(500);
    Helpdesk empty = DatasetGenerator.generate(1, 0, NOW);
    assertThat(empty.tickets).isEmpty();
    assertThat(empty.users).hasSizeGreaterThanOrEqualTo(200);
    assertThat(DatasetGenerator.generate(7, 1, NOW).tickets).hasSize(1);
  }

  @Test
  void lookupTablesHaveTheExpectedShape() {
    List<Department> ticketDepts =
        h.departments.values().stream().filter(Department::isTicketDepartment).toList();
    assertThat(ticketDepts).hasSizeGreaterThanOrEqualTo(4);
    assertThat(ticketDepts).anyMatch(d -> d.parentDepartmentId() != 0);
    for (Department d : h.departments.values()) {
      if (d.parentDepartmentId() != 0) {
        assertThat(h.departments).containsKey(d.parentDepartmentId());
      }
    }
    assertThat(h.departments.values()).anyMatch(d -> d.app().equals("livechat"));
    assertThat(h.statuses.values()).anyMatch(TicketStatus::markAsResolved);
    assertThat(h.statuses.values()).anyMatch(s -> !s.markAsResolved());
    assertThat(h.statuses.values())
        .anyMatch(s -> s.departmentId() != 0 && h.departments.containsKey(s.departmentId()));
    assertThat(h.priorities).hasSize(5);
    assertThat(h.types).hasSize(5);
    assertThat(h.templateGroups).containsEntry(1, "Default");
  }

  @Test
  void peopleAreNumerousAndVaried() {
    assertThat(h.staff).hasSizeGreaterThanOrEqualTo(10);
    assertThat(h.staff.values().stream().map(Staff::staffGroupId).distinct().count())
        .isGreaterThanOrEqualTo(3);
    for (Staff s : h.staff.values()) {
      assertThat(h.staffGroups).containsKey(s.staffGroupId());
      assertThat(s.signature()).contains(s.fullName());
      assertThat(s.designation()).isNotBlank();
      assertThat(s.timezone()).contains("/");
    }
    assertThat(h.users).hasSizeGreaterThanOrEqualTo(200);
    assertThat(h.organizations).hasSizeGreaterThanOrEqualTo(20);
    assertThat(h.users.values().stream().filter(u -> u.emails().size() == 2).count())
        .isGreaterThanOrEqualTo(5);
    Set<String> names = h.users.values().stream().map(User::fullName).collect(Collectors.toSet());
    assertThat(names)
        .contains(
            "José Müller",
            "Zoë Ødegaard",
            "王伟",
            "Łukasz Żółć",
            "Renée Dubois",
            "Ana Paula Gonçalves");
    assertThat(h.users.values().stream().map(User::salutation).collect(Collectors.toSet()))
        .contains("Mr.", "Ms.", "Mrs.", "Dr.", "");
    assertThat(h.userGroups.values())
        .anyMatch(g -> g.master() && g.groupType().equals("guest"))
        .anyMatch(g -> g.master() && g.groupType().equals("registered"));
    Set<String> emails = new HashSet<>();
    for (User u : h.users.values()) {
      assertThat(h.userGroups).containsKey(u.userGroupId());
      if (u.userOrganizationId() != 0) {
        assertThat(h.organizations).containsKey(u.userOrganizationId());
      }
      for (String e : u.emails()) {
        assertThat(e).matches("[a-z0-9.]+@[a-z0-9.-]+");
        assertThat(emails.add(e)).as("unique e-mail %s", e).isTrue();
      }
      assertThat(u.dateline()).isLessThanOrEqualTo(u.lastVisit());
      assertThat(u.lastVisit()).isLessThanOrEqualTo(NOW.getEpochSecond());
    }
  }

  @Test
  void ticketsReferenceExistingRecordsAndHaveUniqueMaskIds() {
    Set<String> masks = new HashSet<>();
    for (Ticket t : h.tickets.values()) {
      assertThat(t.posts()).isNull();
      assertThat(t.notes()).isEmpty();
      assertThat(t.timeTracks()).isEmpty();
      assertThat(h.departments.get(t.departmentId()).isTicketDepartment()).isTrue();
      TicketStatus status = h.statuses.get(t.statusId());
      assertThat(status).isNotNull();
      assertThat(status.departmentId()).isIn(0, t.departmentId());
      assertThat(h.priorities).containsKey(t.priorityId());
      assertThat(h.types).containsKey(t.typeId());
      User user = h.users.get(t.userId());
      assertThat(user).isNotNull();
      assertThat(user.emails()).contains(t.email());
      assertThat(t.fullName()).isEqualTo(user.fullName());
      assertThat(t.userOrganizationId()).isEqualTo(user.userOrganizationId());
      assertThat(t.userOrganization())
          .isEqualTo(
              user.userOrganizationId() == 0
                  ? ""
                  : h.organizations.get(user.userOrganizationId()).name());
      if (t.ownerStaffId() == 0) {
        assertThat(t.ownerStaffName()).isEmpty();
      } else {
        assertThat(h.staff.get(t.ownerStaffId()).fullName()).isEqualTo(t.ownerStaffName());
      }
      assertThat(t.displayId()).matches(MASK);
      assertThat(masks.add(t.displayId())).isTrue();
      assertThat(t.tags()).matches("[a-z0-9-]+( [a-z0-9-]+)*");
      assertThat(t.templateGroupName()).isEqualTo(h.templateGroups.get(t.templateGroupId()));
      assertThat(t.creationMode()).isBetween(1, 7);
      assertThat(t.creationType()).isIn(1, 2);
      assertThat(t.flagType()).isBetween(0, 6);
      t.watchers().forEach(w -> assertThat(h.staff).containsKey(w.staffId()));
    }
    assertThat(h.tickets.values()).anyMatch(t -> t.ownerStaffId() == 0);
    assertThat(h.tickets.values()).anyMatch(Ticket::escalated);
    assertThat(h.tickets.values()).anyMatch(t -> !t.watchers().isEmpty());
    assertThat(h.tickets.values()).anyMatch(t -> !t.workflows().isEmpty());
    assertThat(h.tickets.values()).anyMatch(t -> t.flagType() != 0);
    assertThat(h.tickets.values()).anyMatch(t -> t.creationType() == 2);
    assertThat(h.tickets.values().stream().map(Ticket::creationMode).distinct().count())
        .isGreaterThanOrEqualTo(4);
    assertThat(h.tickets.values().stream().map(Ticket::statusId).distinct().count())
        .isGreaterThanOrEqualTo(h.statuses.size() - 1);
  }

  @Test
  void postsAreOrderedInsideTheWindowAndMatchTheTicket() {
    long now = NOW.getEpochSecond();
    assertThat(h.posts.keySet()).isEqualTo(h.tickets.keySet());
    Set<Integer> postIds = new HashSet<>();
    for (Ticket t : h.tickets.values()) {
      List<Post> posts = h.posts.get(t.id());
      assertThat(posts).hasSizeBetween(1, 12);
      long prev = Long.MIN_VALUE;
      int prevId = 0;
      long lastStaff = 0;
      long lastUser = 0;
      for (Post p : posts) {
        assertThat(postIds.add(p.id())).isTrue();
        assertThat(p.id()).isGreaterThan(prevId);
        assertThat(p.ticketId()).isEqualTo(t.id());
        assertThat(p.dateline()).isGreaterThan(prev).isBetween(windowStart, now);
        prev = p.dateline();
        prevId = p.id();
        if (p.creator() == PostCreator.STAFF) {
          assertThat(h.staff.get(p.staffId()).fullName()).isEqualTo(p.fullName());
          assertThat(p.userId()).isZero();
          if (!p.isPrivate()) {
            lastStaff = p.dateline();
          }
        } else {
          assertThat(p.staffId()).isZero();
          assertThat(p.isPrivate()).isFalse();
        }
        if (p.creator() == PostCreator.USER || p.creator() == PostCreator.CC) {
          lastUser = p.dateline();
        }
        if (p.userId() != 0) {
          assertThat(h.users).containsKey(p.userId());
        }
        assertThat(p.thirdParty()).isEqualTo(p.creator() == PostCreator.THIRD_PARTY);
        assertThat(p.hasAttachments()).isEqualTo(!p.attachments().isEmpty());
      }
      assertThat(t.creationTime()).isEqualTo(posts.get(0).dateline());
      assertThat(t.lastActivity()).isEqualTo(prev);
      assertThat(t.replies()).isEqualTo(posts.size() - 1);
      assertThat(t.lastReplier()).isEqualTo(posts.get(posts.size() - 1).fullName());
      assertThat(t.lastStaffReply()).isEqualTo(lastStaff);
      assertThat(t.lastUserReply()).isEqualTo(lastUser);
      assertThat(t.creator()).isEqualTo(posts.get(0).creator() == PostCreator.STAFF ? 1 : 2);
      boolean resolved = h.statuses.get(t.statusId()).markAsResolved();
      if (resolved) {
        assertThat(t.nextReplyDue()).isZero();
        assertThat(t.resolutionDue()).isZero();
      }
      if (t.statusId() == LookupTables.STATUS_AWAITING_CUSTOMER) {
        assertThat(posts.get(posts.size() - 1).creator()).isEqualTo(PostCreator.STAFF);
      }
    }
    assertThat(h.tickets.values()).anyMatch(t -> t.resolutionDue() > 0 && t.nextReplyDue() > 0);
  }

  @Test
  void postsCoverEveryKindOfAuthorAndFormat() {
    List<Post> all = h.posts.values().stream().flatMap(List::stream).toList();
    Set<PostCreator> creators = EnumSet.noneOf(PostCreator.class);
    all.forEach(p -> creators.add(p.creator()));
    assertThat(creators)
        .contains(PostCreator.STAFF, PostCreator.USER, PostCreator.CC, PostCreator.THIRD_PARTY);
    assertThat(all).anyMatch(Post::html).anyMatch(p -> !p.html()).anyMatch(Post::isPrivate);
    assertThat(all).anyMatch(p -> p.html() && p.contents().contains("<ul><li>"));
    assertThat(all).anyMatch(p -> p.html() && p.contents().contains("<a href=\"https://"));
    assertThat(all).anyMatch(p -> p.html() && p.contents().contains("<table"));
    assertThat(all).anyMatch(p -> p.html() && p.contents().contains("<blockquote"));
    assertThat(all).anyMatch(p -> !p.html() && p.contents().contains("wrote:\n> "));
    assertThat(all).anyMatch(p -> p.contents().contains("--\nKind regards,\n"));
    assertThat(all).anyMatch(p -> p.contents().chars().anyMatch(c -> c > 127));
    assertThat(all).anyMatch(p -> p.contents().startsWith("any update??"));
    for (Post p : all) {
      if (p.html()) {
        assertThat(p.contents()).startsWith("<").endsWith(">");
      }
    }
  }

  @Test
  void attachmentsHoldRealBytes() throws Exception {
    Set<Integer> ids = new HashSet<>();
    Map<String, byte[]> byType = new HashMap<>();
    for (List<Post> posts : h.posts.values()) {
      for (Post p : posts) {
        for (Attachment a : p.attachments()) {
          assertThat(ids.add(a.id())).isTrue();
          assertThat(a.ticketId()).isEqualTo(p.ticketId());
          assertThat(a.ticketPostId()).isEqualTo(p.id());
          assertThat(a.dateline()).isEqualTo(p.dateline());
          byte[] bytes = Base64.getDecoder().decode(a.contentsBase64());
          assertThat((long) bytes.length).isEqualTo(a.fileSize());
          byType.put(a.fileType(), bytes);
        }
      }
    }
    assertThat(byType).containsKeys("text/plain", "image/png", "application/pdf", "text/csv");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(byType.get("image/png")));
    assertThat(img).isNotNull();
    assertThat(img.getWidth()).isGreaterThan(10);
    String pdf = new String(byType.get("application/pdf"), StandardCharsets.US_ASCII);
    assertThat(pdf).startsWith("%PDF-").endsWith("%%EOF").contains("xref").contains("Tj");
    int xref = Integer.parseInt(pdf.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF$", "$1"));
    assertThat(pdf.substring(xref)).startsWith("xref");
    assertThat(new String(byType.get("text/csv"), StandardCharsets.UTF_8)).startsWith("id,name");
    for (AttachmentFactory.Blob b : allBlobs()) {
      assertThat(ImageIO.read(new ByteArrayInputStream(decode(b))) != null)
          .isEqualTo(b.mimeType().equals("image/png"));
    }
  }

  private static List<AttachmentFactory.Blob> allBlobs() {
    List<AttachmentFactory.Blob> all = new ArrayList<>();
    all.addAll(AttachmentFactory.LOGS);
    all.addAll(AttachmentFactory.PNGS);
    all.addAll(AttachmentFactory.PDFS);
    all.addAll(AttachmentFactory.CSVS);
    all.addAll(AttachmentFactory.JSONS);
    return all;
  }

  private static byte[] decode(AttachmentFactory.Blob b) {
    byte[] bytes = Base64.getDecoder().decode(b.base64());
    assertThat((long) bytes.length).isEqualTo(b.size());
    return bytes;
  }

  @Test
  void notesComeInEveryFlavour() {
    List<Note> ticketNotes = h.ticketNotes.values().stream().flatMap(List::stream).toList();
    assertThat(ticketNotes).hasSizeGreaterThanOrEqualTo(50);
    assertThat(ticketNotes.stream().map(Note::noteColor).distinct().count()).isEqualTo(5);
    assertThat(ticketNotes).anyMatch(n -> n.forStaffId() != 0);
    assertThat(ticketNotes)
        .anyMatch(n -> n.creatorStaffId() == 0 && !n.creatorStaffName().isEmpty());
    h.ticketNotes.forEach(
        (ticketId, notes) -> {
          Ticket t = h.tickets.get(ticketId);
          for (Note n : notes) {
            assertThat(n.ownerId()).isEqualTo(ticketId);
            assertThat(n.type()).isEqualTo(dev.kayakomcp.model.NoteType.TICKET);
            assertThat(n.creationDate()).isBetween(t.creationTime(), t.lastActivity());
            if (n.creatorStaffId() != 0) {
              assertThat(h.staff.get(n.creatorStaffId()).fullName())
                  .isEqualTo(n.creatorStaffName());
            }
            if (n.forStaffId() != 0) {
              assertThat(h.staff).containsKey(n.forStaffId());
            }
          }
        });
    assertThat(h.userNotes).isNotEmpty();
    assertThat(h.organizationNotes).isNotEmpty();
    h.userNotes.forEach((id, notes) -> assertThat(h.users).containsKey(id));
    h.organizationNotes.forEach((id, notes) -> assertThat(h.organizations).containsKey(id));
    List<Integer> noteIds = new ArrayList<>();
    for (Map<Integer, List<Note>> m : List.of(h.ticketNotes, h.userNotes, h.organizationNotes)) {
      m.values().forEach(l -> l.forEach(n -> noteIds.add(n.id())));
    }
    assertThat(noteIds).doesNotHaveDuplicates();
    assertThat(h.nextNoteId).isGreaterThan(noteIds.stream().mapToInt(i -> i).max().orElse(0));
  }

  @Test
  void timeTracksAreConsistent() {
    assertThat(h.timeTracks.size()).isGreaterThanOrEqualTo(50);
    Set<Integer> ids = new HashSet<>();
    h.timeTracks.forEach(
        (ticketId, tracks) -> {
          for (TimeTrack tt : tracks) {
            assertThat(ids.add(tt.id())).isTrue();
            assertThat(tt.ticketId()).isEqualTo(ticketId);
            assertThat(tt.timeWorked()).isPositive();
            assertThat(tt.timeBillable()).isBetween(0L, tt.timeWorked());
            assertThat(h.staff.get(tt.workerStaffId()).fullName()).isEqualTo(tt.workerStaffName());
            assertThat(h.staff.get(tt.creatorStaffId()).fullName())
                .isEqualTo(tt.creatorStaffName());
            assertThat(tt.workDate()).isBetween(windowStart, NOW.getEpochSecond());
          }
        });
    assertThat(h.nextTimeTrackId).isGreaterThan(ids.stream().mapToInt(i -> i).max().orElse(0));
  }

  @Test
  void customFieldsCoverEveryTypeWithValidValues() {
    Set<Integer> types =
        h.customFields.values().stream().map(CustomField::fieldType).collect(Collectors.toSet());
    assertThat(types).contains(1, 2, 4, 5, 6, 7, 9, 10, 11);
    assertThat(h.customFieldGroups.values().stream().map(CustomFieldGroupDef::groupType))
        .contains(3, 4, 9, 1);
    for (CustomFieldGroupDef g : h.customFieldGroups.values()) {
      g.departmentIds().forEach(d -> assertThat(h.departments).containsKey(d));
    }
    Map<Integer, List<CustomFieldOption>> options = new TreeMap<>();
    for (CustomFieldOption o : h.customFieldOptions.values()) {
      assertThat(h.customFields).containsKey(o.customFieldId());
      options.computeIfAbsent(o.customFieldId(), k -> new ArrayList<>()).add(o);
    }
    Map<Integer, Integer> setCount = new HashMap<>();
    int empty = 0;
    for (Map.Entry<Integer, Map<Integer, CustomFieldValue>> e : h.customFieldValues.entrySet()) {
      Ticket t = h.tickets.get(e.getKey());
      assertThat(t).isNotNull();
      for (CustomFieldValue v : e.getValue().values()) {
        CustomField f = h.customFields.get(v.id());
        assertThat(f).isNotNull();
        CustomFieldGroupDef g = h.customFieldGroups.get(f.groupId());
        assertThat(g.isTicketGroup()).isTrue();
        assertThat(g.departmentIds().isEmpty() || g.departmentIds().contains(t.departmentId()))
            .isTrue();
        assertThat(v.type()).isEqualTo(f.fieldType());
        assertThat(v.name()).isEqualTo(f.fieldName());
        if (v.value().isEmpty()) {
          empty++;
          continue;
        }
        setCount.merge(f.fieldType(), 1, Integer::sum);
        List<String> texts =
            options.getOrDefault(f.id(), List.of()).stream().map(CustomFieldOption::value).toList();
        switch (f.fieldType()) {
          case 5, 6 -> assertThat(texts).contains(v.value());
          case 4, 7 -> assertThat(texts).containsAll(List.of(v.value().split(", ")));
          case 9 -> {
            String[] parts = v.value().split(" > ");
            assertThat(parts).hasSize(2);
            CustomFieldOption child =
                options.get(f.id()).stream()
                    .filter(o -> o.value().equals(parts[1]))
                    .findFirst()
                    .orElseThrow();
            assertThat(h.customFieldOptions.get(child.parentOptionId()).value())
                .isEqualTo(parts[0]);
          }
          case 10 -> assertThat(v.value()).matches("\\d{2}/\\d{2}/\\d{4}");
          case 11 -> {
            assertThat(v.fileName()).isNotEmpty();
            assertThat(Base64.getDecoder().decode(v.value())).isNotEmpty();
          }
          case 1 -> {
            if (!f.regexpValidate().isEmpty()) {
              assertThat(v.value()).matches(f.regexpValidate());
            }
          }
          default -> assertThat(v.value()).isNotBlank();
        }
      }
    }
    assertThat(setCount.keySet()).contains(1, 2, 4, 5, 6, 7, 9, 10, 11);
    assertThat(empty).isPositive();
  }

  @Test
  void mergedIdsPointToLiveTicketsAndAreNotLiveThemselves() {
    assertThat(h.mergedTicketIds).hasSizeGreaterThanOrEqualTo(2);
    h.mergedTicketIds.forEach(
        (old, survivor) -> {
          assertThat(h.tickets).doesNotContainKey(old);
          assertThat(h.tickets).containsKey(survivor);
        });
  }

  @Test
  void countersAreAboveEveryIdInUse() {
    int maxTicket =
        Math.max(
            h.tickets.lastKey(),
            h.mergedTicketIds.keySet().stream().max(Integer::compare).orElse(0));
    assertThat(h.nextTicketId).isGreaterThan(maxTicket);
    int maxPost =
        h.posts.values().stream().flatMap(List::stream).mapToInt(Post::id).max().orElse(0);
    assertThat(h.nextPostId).isGreaterThan(maxPost);
    int maxAttachment =
        h.posts.values().stream()
            .flatMap(List::stream)
            .flatMap(p -> p.attachments().stream())
            .mapToInt(Attachment::id)
            .max()
            .orElse(0);
    assertThat(h.nextAttachmentId).isGreaterThan(maxAttachment);
    assertThat(h.nextUserId).isGreaterThan(h.users.lastKey());
  }

  @Test
  void themesAreUnevenAndStatusesFollowAge() {
    Map<String, Long> byTheme =
        h.tickets.values().stream()
            .collect(Collectors.groupingBy(t -> t.tags().split(" ")[0], Collectors.counting()));
    List<Long> counts = byTheme.values().stream().sorted().toList();
    long top = counts.get(counts.size() - 1);
    long median = counts.get(counts.size() / 2);
    assertThat(byTheme).hasSizeGreaterThanOrEqualTo(10);
    assertThat(byTheme.get("password-reset")).isEqualTo(top);
    assertThat(top).isGreaterThanOrEqualTo(2 * median);

    long now = NOW.getEpochSecond();
    long recentOpen = 0;
    long recent = 0;
    long oldOpen = 0;
    long old = 0;
    for (Ticket t : h.tickets.values()) {
      boolean open = !h.statuses.get(t.statusId()).markAsResolved();
      if (now - t.creationTime() < 3 * 86_400) {
        recent++;
        recentOpen += open ? 1 : 0;
      } else if (now - t.creationTime() > 90 * 86_400) {
        old++;
        oldOpen += open ? 1 : 0;
      }
    }
    assertThat(recentOpen * 2).isGreaterThan(recent);
    assertThat(oldOpen * 10).isLessThan(old);
    long firstSixMonths =
        h.tickets.values().stream()
            .filter(t -> t.creationTime() < windowStart + 182 * 86_400L)
            .count();
    long lastSixMonths =
        h.tickets.values().stream().filter(t -> t.creationTime() > now - 182 * 86_400L).count();
    assertThat(lastSixMonths).isGreaterThan(firstSixMonths);
  }

  @Test
  void usersSignedUpBeforeTheirFirstTicket() {
    for (Ticket t : h.tickets.values()) {
      assertThat(h.users.get(t.userId()).dateline()).isLessThanOrEqualTo(t.creationTime());
    }
  }

  @Test
  void germanConversationsStayGerman() {
    int german = 0;
    int germanFollowUps = 0;
    for (List<Post> posts : h.posts.values()) {
      if (!posts.get(0).contents().startsWith("Hallo")) {
        continue;
      }
      german++;
      for (Post p : posts.subList(1, posts.size())) {
        if (p.creator() == PostCreator.USER) {
          assertThat(p.contents()).doesNotContain("Merci", "any update", "Thanks, that fixed it");
          if (p.contents().matches("(?s)(Hallo, gibt|Gibt es|Danke|Vielen|Leider|Die Adresse).*")) {
            germanFollowUps++;
          }
        }
      }
    }
    assertThat(german).isPositive();
    assertThat(germanFollowUps).isPositive();
  }

  @Test
  void anotherReferenceTimeMovesTheWholeWindow() {
    Instant later = NOW.plusSeconds(400L * 86_400);
    Helpdesk moved = DatasetGenerator.generate(42, 200, later);
    long start = DatasetGenerator.windowStart(later);
    assertThat(start).isGreaterThan(NOW.getEpochSecond() - 200L * 86_400);
    for (List<Post> posts : moved.posts.values()) {
      for (Post p : posts) {
        assertThat(p.dateline()).isBetween(start, later.getEpochSecond());
      }
    }
  }

  @Test
  void otherSeedsAlsoCoverEveryKindOfPostAndFile() {
    for (long seed = 1; seed <= 5; seed++) {
      Helpdesk other = DatasetGenerator.generate(seed, DatasetGenerator.DEFAULT_TICKETS, NOW);
      Set<PostCreator> creators = EnumSet.noneOf(PostCreator.class);
      Set<String> mimeTypes = new HashSet<>();
      for (List<Post> posts : other.posts.values()) {
        for (Post p : posts) {
          creators.add(p.creator());
          p.attachments().forEach(a -> mimeTypes.add(a.fileType()));
        }
      }
      assertThat(creators).as("seed %d", seed).hasSize(4);
      assertThat(mimeTypes).as("seed %d", seed).hasSizeGreaterThanOrEqualTo(5);
      assertThat(other.mergedTicketIds).as("seed %d", seed).isNotEmpty();
    }
  }
}
