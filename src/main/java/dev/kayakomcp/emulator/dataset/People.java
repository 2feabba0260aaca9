package dev.kayakomcp.emulator.dataset;

import static dev.kayakomcp.emulator.dataset.LookupTables.STAFF_GROUP_ADMIN;
import static dev.kayakomcp.emulator.dataset.LookupTables.STAFF_GROUP_BILLING;
import static dev.kayakomcp.emulator.dataset.LookupTables.STAFF_GROUP_TIER1;
import static dev.kayakomcp.emulator.dataset.LookupTables.STAFF_GROUP_TIER2;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserOrganization;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Staff, organisations and customers. Staff are a fixed team; organisations and customers are drawn
 * from the seed. Customers are kept as mutable drafts while tickets are written, because a
 * plausible sign-up date and last visit depend on the tickets they end up owning.
 */
final class People {

  /** The helpdesk's own company, used in staff signatures and addresses. */
  static final String VENDOR = "Example Software";

  static final String STAFF_DOMAIN = "support.example.com";

  /** A customer being built: everything a {@link User} needs plus activity bounds. */
  static final class Customer {
    final int id;
    int userGroupId;
    String userRole;
    int organizationId;
    String organizationName;
    String salutation;
    String fullName;
    List<String> emails;
    String designation;
    String phone;
    String timezone;
    int slaPlanId;
    long firstActivity = Long.MAX_VALUE;
    long lastActivity;

    Customer(int id) {
      this.id = id;
    }

    String email() {
      return emails.get(0);
    }
  }

  // Staff: first, last, group, designation, timezone, enabled.
  private static final Object[][] STAFF = {
    {"Marta", "Kowalska", STAFF_GROUP_ADMIN, "Head of Customer Support", "Europe/Warsaw", true},
    {"Dana", "Whitfield", STAFF_GROUP_TIER1, "Support Engineer", "America/New_York", true},
    {"Ravi", "Menon", STAFF_GROUP_TIER2, "Senior Support Engineer", "Asia/Kolkata", true},
    {"Sophie", "Laurent", STAFF_GROUP_TIER1, "Customer Success Manager", "Europe/Paris", true},
    {"Tomás", "Herrera", STAFF_GROUP_TIER2, "Integrations Specialist", "America/Mexico_City", true},
    {"Ingrid", "Solberg", STAFF_GROUP_BILLING, "Billing Specialist", "Europe/Oslo", true},
    {"Kenji", "Watanabe", STAFF_GROUP_TIER2, "Mobile Support Engineer", "Asia/Tokyo", true},
    {"Aisha", "Bello", STAFF_GROUP_TIER1, "Support Engineer", "Africa/Lagos", true},
    {"Liam", "O'Connor", STAFF_GROUP_BILLING, "Accounts Manager", "Europe/Dublin", true},
    {"Chloé", "Martin", STAFF_GROUP_TIER1, "Support Engineer", "Europe/Brussels", true},
    {"Jonas", "Becker", STAFF_GROUP_TIER2, "Support Engineer", "Europe/Berlin", true},
    {"Priya", "Nair", STAFF_GROUP_ADMIN, "Support Team Lead", "Asia/Singapore", true},
    // Left the company; still owns old tickets, as happens in real helpdesks.
    {"Mateo", "Rossi", STAFF_GROUP_TIER1, "Support Engineer", "Europe/Rome", false},
  };

  /** Id of the disabled former agent, who only owns tickets older than nine months. */
  static final int FORMER_STAFF_ID = 13;

  private static final String[][] PLACES = {
    {"Berlin", "", "10115", "Germany", "+49 30 "},
    {"Springfield", "IL", "62701", "United States", "+1 217 555 "},
    {"Lyon", "", "69002", "France", "+33 4 72 "},
    {"Kraków", "", "30-001", "Poland", "+48 12 "},
    {"Oslo", "", "0150", "Norway", "+47 22 "},
    {"São Paulo", "SP", "01310-100", "Brazil", "+55 11 "},
    {"Shanghai", "", "200000", "China", "+86 21 "},
    {"Toronto", "ON", "M5H 2N2", "Canada", "+1 416 555 "},
    {"Manchester", "", "M1 1AE", "United Kingdom", "+44 161 "},
    {"Tokyo", "", "100-0001", "Japan", "+81 3 "},
    {"Zürich", "", "8001", "Switzerland", "+41 44 "},
    {"Austin", "TX", "78701", "United States", "+1 512 555 "},
  };

  private static final String[] STREETS = {
    "Hauptstraße", "Main Street", "Rue de la République", "ul. Floriańska", "Karl Johans gate",
    "Avenida Paulista", "King Street West", "Deansgate", "Bahnhofstrasse", "Congress Avenue",
  };

  private static final String[] DESIGNATIONS = {
    "IT Manager",
    "Office Manager",
    "Developer",
    "Accountant",
    "CTO",
    "Operations Lead",
    "Marketing Coordinator",
    "Sales Director",
    "",
    "",
    "",
  };

  private static final String[] TIMEZONES = {
    "",
    "",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "Europe/Paris",
    "Asia/Shanghai",
    "America/Sao_Paulo",
    "Europe/Warsaw",
  };

  private static final String[] PERSONAL_DOMAINS = {"mail.example", "webmail.example"};

  private People() {}

  /** Adds the staff team. */
  static void fillStaff(Helpdesk h) {
    for (int i = 0; i < STAFF.length; i++) {
      Object[] s = STAFF[i];
      int id = i + 1;
      String first = (String) s[0];
      String last = (String) s[1];
      String full = first + " " + last;
      String designation = (String) s[3];
      String signature = "--\nKind regards,\n" + full + "\n" + designation + ", " + VENDOR;
      h.staff.put(
          id,
          new Staff(
              id,
              (Integer) s[2],
              first,
              last,
              full,
              Names.localPart(first),
              Names.localPart(full) + "@" + STAFF_DOMAIN,
              designation,
              "Hi, I'm " + first + " from " + VENDOR + " support.",
              i % 3 == 0 ? "+44 7700 900" + String.format("%03d", 100 + i) : "",
              (Boolean) s[5],
              (String) s[4],
              !((String) s[4]).startsWith("Asia"),
              signature));
    }
  }

  /** Adds {@code count} organisations; every fifth is an enterprise customer with SLA plan 2. */
  static void fillOrganizations(Helpdesk h, SplittableRandom rnd, int count, long windowStart) {
    for (int id = 1; id <= count; id++) {
      String name = Names.company(id - 1);
      String[] place = PLACES[rnd.nextInt(PLACES.length)];
      String label = Names.domainLabel(name) + (id > 400 ? "-" + id : "");
      long dateline = windowStart - 86_400L * rnd.nextInt(30, 1500);
      boolean enterprise = id % 5 == 1;
      h.organizations.put(
          id,
          new UserOrganization(
              id,
              name,
              rnd.nextInt(10) < 7 ? "shared" : "restricted",
              rnd.nextInt(1, 200) + " " + STREETS[rnd.nextInt(STREETS.length)],
              place[0],
              place[1],
              place[2],
              place[3],
              place[4] + rnd.nextInt(1000, 9999),
              rnd.nextInt(5) == 0 ? place[4] + rnd.nextInt(1000, 9999) : "",
              "https://www." + label + ".example",
              dateline,
              dateline + 86_400L * rnd.nextInt(1, 300),
              enterprise ? 2 : 0,
              0));
    }
  }

  /** The e-mail domain of an organisation (derived from its website). */
  static String domainOf(UserOrganization o) {
    return o.website().substring("https://www.".length());
  }

  /** Creates {@code count} customers; the fixed non-ASCII people come first. */
  static List<Customer> customers(Helpdesk h, SplittableRandom rnd, int count) {
    List<Customer> out = new ArrayList<>(count);
    Set<String> taken = new HashSet<>();
    int orgs = h.organizations.size();
    for (int i = 0; i < count; i++) {
      Customer c = new Customer(i + 1);
      String local;
      if (i < Names.FIXED_CUSTOMERS.length) {
        String[] f = Names.FIXED_CUSTOMERS[i];
        c.fullName = f[0];
        c.salutation = f[2];
        local = f[1];
      } else {
        String[] p = Names.person(rnd);
        c.fullName = p[0];
        c.salutation = p[1];
        local = Names.localPart(c.fullName);
      }
      // One customer in ten has no organisation and writes from a personal address.
      int orgId = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(orgs);
      c.organizationId = orgId;
      String domain;
      if (orgId == 0) {
        c.organizationName = "";
        c.userGroupId =
            rnd.nextBoolean() ? LookupTables.USER_GROUP_GUEST : LookupTables.USER_GROUP_REGISTERED;
        domain = PERSONAL_DOMAINS[rnd.nextInt(PERSONAL_DOMAINS.length)];
      } else {
        UserOrganization o = h.organizations.get(orgId);
        c.organizationName = o.name();
        c.slaPlanId = 0;
        c.userGroupId =
            o.slaPlanId() == 2
                ? LookupTables.USER_GROUP_ENTERPRISE
                : orgId % 11 == 0
                    ? LookupTables.USER_GROUP_PARTNERS
                    : LookupTables.USER_GROUP_REGISTERED;
        domain = domainOf(o);
      }
      String email = unique(taken, local, domain);
      if (rnd.nextInt(100) < 15) {
        // A second address: private mail next to the work one, or the other way round.
        String second =
            orgId == 0
                ? unique(taken, local, PERSONAL_DOMAINS[1 - indexOf(domain)])
                : unique(taken, local, PERSONAL_DOMAINS[rnd.nextInt(PERSONAL_DOMAINS.length)]);
        c.emails = List.of(email, second);
      } else {
        c.emails = List.of(email);
      }
      c.userRole = orgId != 0 && rnd.nextInt(12) == 0 ? "manager" : "user";
      c.designation = orgId == 0 ? "" : DESIGNATIONS[rnd.nextInt(DESIGNATIONS.length)];
      c.phone = rnd.nextInt(3) == 0 ? "" : "+1 555 01" + rnd.nextInt(10, 99);
      c.timezone = TIMEZONES[rnd.nextInt(TIMEZONES.length)];
      out.add(c);
    }
    return out;
  }

  private static int indexOf(String domain) {
    return PERSONAL_DOMAINS[0].equals(domain) ? 0 : 1;
  }

  private static String unique(Set<String> taken, String local, String domain) {
    String candidate = local + "@" + domain;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = local + n + "@" + domain;
    }
    return candidate;
  }

  /** Turns the drafts into users with sign-up and last-visit dates around their activity. */
  static void fillUsers(
      Helpdesk h, SplittableRandom rnd, List<Customer> customers, long windowStart, long now) {
    for (Customer c : customers) {
      long dateline;
      long lastVisit;
      if (c.firstActivity == Long.MAX_VALUE) {
        dateline = windowStart - 86_400L * rnd.nextInt(1, 700);
        lastVisit = dateline + 86_400L * rnd.nextInt(0, 60);
      } else {
        // Guests are created by their first e-mail; registered users signed up earlier.
        dateline =
            c.userGroupId == LookupTables.USER_GROUP_GUEST
                ? c.firstActivity - rnd.nextInt(5, 300)
                : c.firstActivity - 86_400L * rnd.nextInt(1, 900);
        lastVisit = Math.min(now, c.lastActivity + rnd.nextInt(0, 86_400));
      }
      if (c.organizationId != 0) {
        // Nobody joins an organisation before it exists as a customer.
        long orgSince = h.organizations.get(c.organizationId).dateline();
        dateline = Math.max(dateline, Math.min(orgSince + 86_400, c.firstActivity - 60));
      }
      h.users.put(
          c.id,
          new User(
              c.id,
              c.userGroupId,
              c.userRole,
              c.organizationId,
              c.salutation,
              0,
              c.fullName,
              c.emails,
              c.designation,
              c.phone,
              dateline,
              Math.max(lastVisit, dateline),
              true,
              c.timezone,
              !c.timezone.isEmpty() && !c.timezone.startsWith("Asia"),
              c.slaPlanId,
              0));
    }
  }
}
