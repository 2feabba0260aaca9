package dev.kayakomcp.emulator.dataset;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Pools of invented personal and company names, mixed on purpose with accented, Polish, Nordic and
 * CJK spellings so that search and formatting meet real-world text. Also derives the ASCII local
 * part of an e-mail address from a display name.
 */
final class Names {

  /** People every dataset contains, whatever the seed: display name, e-mail local part, title. */
  static final String[][] FIXED_CUSTOMERS = {
    {"José Müller", "jose.mueller", "Mr."},
    {"Zoë Ødegaard", "zoe.odegaard", "Ms."},
    {"王伟", "wang.wei", ""},
    {"Łukasz Żółć", "lukasz.zolc", "Mr."},
    {"Renée Dubois", "renee.dubois", "Mrs."},
    {"Ana Paula Gonçalves", "ana.goncalves", "Dr."},
    {"佐藤 健", "ken.sato", "Mr."},
    {"Søren Kierkegård", "soren.kierkegard", ""},
    {"François Lefèvre", "francois.lefevre", "Mr."},
    {"Ayşe Yılmaz", "ayse.yilmaz", "Ms."},
    {"Björn Åström", "bjorn.astrom", ""},
    {"김민준", "minjun.kim", ""},
  };

  private static final String[] FEMALE = {
    "Emma",
    "Olivia",
    "Sofia",
    "Mia",
    "Hannah",
    "Laura",
    "Julia",
    "Chloé",
    "Maja",
    "Noémie",
    "Isabel",
    "Grace",
    "Fatima",
    "Priyanka",
    "Elena",
    "Agnieszka",
    "Ingrid",
    "Lucía",
    "Megan",
    "Sarah",
    "Katarzyna",
    "Amélie",
    "Yuki",
    "Aoife",
    "Beatriz",
    "Nina",
    "Rachel",
    "Tanya",
  };
  private static final String[] MALE = {
    "Liam", "Noah", "Lucas", "Mateo", "Jonas", "Oliver", "Ethan", "Daniel", "Andrés", "Jakub",
    "Pierre", "Henrik", "Omar", "Rahul", "Marco", "Tomasz", "Felix", "Jürgen", "Kevin", "Samuel",
    "Diego", "Stefan", "Hiroshi", "Ciarán", "Mikkel", "Paul", "Brian", "Victor",
  };
  private static final String[] LAST = {
    "Smith",
    "Johnson",
    "Brown",
    "García",
    "Martínez",
    "Nowak",
    "Kowalczyk",
    "Schmidt",
    "Schröder",
    "Fischer",
    "Dubois",
    "Moreau",
    "Rossi",
    "Bianchi",
    "Hansen",
    "Nielsen",
    "Johansson",
    "Lindqvist",
    "O'Brien",
    "Murphy",
    "Patel",
    "Sharma",
    "Tanaka",
    "Suzuki",
    "Novák",
    "Dvořák",
    "Wiśniewski",
    "Kovačević",
    "Jensen",
    "Andersson",
    "Taylor",
    "Wilson",
    "Clarke",
    "Evans",
    "Fernández",
    "López",
    "Okafor",
    "Mensah",
    "Haddad",
    "Cohen",
    "Weiß",
    "Çelik",
    "Nguyen",
    "Tran",
    "Silva",
    "Pereira",
    "van der Berg",
    "De Smet",
    "Ferreira",
    "Horváth",
  };

  private static final String[] COMPANY_HEAD = {
    "Acme", "Northwind", "Brightpath", "Bluefin", "Kestrel", "Lumen", "Harbor", "Juniper",
    "Copperleaf", "Silverline", "Redwood", "Atlas", "Nimbus", "Quartz", "Evergreen", "Falcon",
    "Helios", "Orchid", "Granite", "Meridian", "Polaris", "Tidewater", "Vireo", "Zephyr",
    "Müller & Söhne", "Société Lumière", "Łódź Logistyka", "Nordlys", "Sakura", "Cedro",
  };
  private static final String[] COMPANY_TAIL = {
    "Logistics",
    "Analytics",
    "Health",
    "Retail",
    "Software",
    "Foods",
    "Energy",
    "Labs",
    "Consulting",
    "Media",
    "Travel",
    "Finance",
    "Manufacturing",
    "Education",
    "Robotics",
  };
  private static final String[] COMPANY_FORM = {
    "Inc.", "Ltd", "GmbH", "S.A.", "LLC", "AB", "Sp. z o.o.", "B.V.", "K.K.", "",
  };

  private static final java.util.Set<String> LEGAL_FORMS =
      java.util.Set.of("inc", "ltd", "gmbh", "s", "a", "llc", "ab", "sp", "z", "o", "b", "v", "k");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_LOCAL = Pattern.compile("[^a-z0-9.]+");

  private Names() {}

  /** A random person: {display name, salutation}. */
  static String[] person(SplittableRandom rnd) {
    boolean female = rnd.nextBoolean();
    String first = female ? pick(rnd, FEMALE) : pick(rnd, MALE);
    String last = pick(rnd, LAST);
    String salutation;
    int s = rnd.nextInt(10);
    if (s < 4) {
      salutation = "";
    } else if (s == 9) {
      salutation = "Dr.";
    } else if (female) {
      salutation = s < 7 ? "Ms." : "Mrs.";
    } else {
      salutation = "Mr.";
    }
    return new String[] {first + " " + last, salutation};
  }

  /** A company name; the index makes names beyond the pool unique. */
  static String company(int index) {
    int heads = COMPANY_HEAD.length;
    String head = COMPANY_HEAD[index % heads];
    String tail = COMPANY_TAIL[(index / heads + index * 7) % COMPANY_TAIL.length];
    String form = COMPANY_FORM[(index * 3 + index / heads) % COMPANY_FORM.length];
    String name = head + " " + tail + (form.isEmpty() ? "" : " " + form);
    int round = index / (heads * COMPANY_TAIL.length);
    return round == 0 ? name : name + " " + (round + 1);
  }

  /**
   * The DNS label for a company name: its first three significant words, e.g. {@code
   * acme-logistics}.
   */
  static String domainLabel(String company) {
    StringBuilder out = new StringBuilder();
    int parts = 0;
    for (String part : ascii(company).split("[^a-z0-9]+")) {
      if (part.isEmpty() || LEGAL_FORMS.contains(part)) {
        continue;
      }
      if (out.length() > 0) {
        out.append('-');
      }
      out.append(part);
      if (++parts == 3) {
        break;
      }
    }
    return out.toString();
  }

  /** The e-mail local part for a display name, e.g. {@code renee.dubois}. */
  static String localPart(String fullName) {
    String ascii = ascii(fullName).replace(' ', '.').replace("'", "");
    return NON_LOCAL.matcher(ascii).replaceAll("");
  }

  /** Lower-case ASCII spelling: accents dropped, letters without a decomposition mapped. */
  static String ascii(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'ø' -> b.append('o');
        case 'ł' -> b.append('l');
        case 'ß' -> b.append("ss");
        case 'æ' -> b.append("ae");
        case 'đ' -> b.append('d');
        case 'ı' -> b.append('i');
        default -> b.append(c);
      }
    }
    return MARKS.matcher(Normalizer.normalize(b, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The first word of a name, used in greetings; CJK names are used whole. */
  static String firstName(String fullName) {
    int sp = fullName.indexOf(' ');
    if (sp < 0 || fullName.codePointAt(0) > 0x2E80) {
      return fullName;
    }
    return fullName.substring(0, sp);
  }

  static <T> T pick(SplittableRandom rnd, T[] pool) {
    return pool[rnd.nextInt(pool.length)];
  }
}
