package dev.kayakomcp.emulator;

import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.StaffGroup;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserGroup;
import dev.kayakomcp.model.UserOrganization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The emulator's whole helpdesk in memory. Tickets are stored bare (no posts, notes or time tracks:
 * those live in their own maps keyed by ticket id and are joined when a response is written). Every
 * reader takes {@link #lock} for reading and every writer for writing.
 */
public final class Helpdesk {

  /** Guards every map below. */
  public final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  public final NavigableMap<Integer, Department> departments = new TreeMap<>();
  public final NavigableMap<Integer, TicketStatus> statuses = new TreeMap<>();
  public final NavigableMap<Integer, TicketPriority> priorities = new TreeMap<>();
  public final NavigableMap<Integer, TicketType> types = new TreeMap<>();
  public final NavigableMap<Integer, StaffGroup> staffGroups = new TreeMap<>();
  public final NavigableMap<Integer, Staff> staff = new TreeMap<>();
  public final NavigableMap<Integer, UserGroup> userGroups = new TreeMap<>();
  public final NavigableMap<Integer, UserOrganization> organizations = new TreeMap<>();
  public final NavigableMap<Integer, User> users = new TreeMap<>();
  public final NavigableMap<Integer, CustomFieldGroupDef> customFieldGroups = new TreeMap<>();
  public final NavigableMap<Integer, CustomField> customFields = new TreeMap<>();
  public final NavigableMap<Integer, CustomFieldOption> customFieldOptions = new TreeMap<>();

  /** Template groups: id to title. */
  public final NavigableMap<Integer, String> templateGroups = new TreeMap<>();

  /** Tickets by numeric id, with {@code posts == null} and empty note and time-track lists. */
  public final NavigableMap<Integer, Ticket> tickets = new TreeMap<>();

  /** Posts of each ticket in ascending post id; attachments carry their base64 contents. */
  public final Map<Integer, List<Post>> posts = new HashMap<>();

  /** Ticket notes ({@code type == TICKET}) by ticket id, oldest first. */
  public final Map<Integer, List<Note>> ticketNotes = new HashMap<>();

  /** Notes on users by user id, oldest first. */
  public final Map<Integer, List<Note>> userNotes = new HashMap<>();

  /** Notes on organisations by organisation id, oldest first. */
  public final Map<Integer, List<Note>> organizationNotes = new HashMap<>();

  /** Time tracks by ticket id, oldest first. */
  public final Map<Integer, List<TimeTrack>> timeTracks = new HashMap<>();

  /** Custom field values by ticket id, then by custom field id (display form, as GET returns). */
  public final Map<Integer, Map<Integer, CustomFieldValue>> customFieldValues = new HashMap<>();

  /** Ids of tickets merged into another: old id to surviving id. */
  public final Map<Integer, Integer> mergedTicketIds = new HashMap<>();

  /** The next free id for each kind of object, kept above every id in use. */
  public int nextTicketId = 1;

  public int nextPostId = 1;
  public int nextNoteId = 1;
  public int nextAttachmentId = 1;
  public int nextTimeTrackId = 1;
  public int nextUserId = 1;

  /** All attachments of a ticket, in post order. */
  public List<Attachment> attachmentsOf(int ticketId) {
    List<Attachment> all = new ArrayList<>();
    for (Post p : posts.getOrDefault(ticketId, List.of())) {
      all.addAll(p.attachments());
    }
    return all;
  }
}
