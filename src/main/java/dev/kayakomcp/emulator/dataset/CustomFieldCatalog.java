package dev.kayakomcp.emulator.dataset;

import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_BILLING;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_INTEGRATIONS;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_MOBILE;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_SALES;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_TECHNICAL;

import dev.kayakomcp.emulator.CustomFieldGroupDef;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The custom field groups, fields and options of the generated helpdesk, one field of every type
 * Kayako can return a value for, and the per-ticket values in the display form the
 * TicketCustomField GET returns (option texts, {@code ", "}-joined lists, {@code Parent > Child},
 * {@code m/d/Y} dates, base64 files). About a quarter of the fields stay unset (empty value).
 */
final class CustomFieldCatalog {

  static final int TYPE_TEXT = 1;
  static final int TYPE_TEXTAREA = 2;
  static final int TYPE_CHECKBOX = 4;
  static final int TYPE_RADIO = 5;
  static final int TYPE_SELECT = 6;
  static final int TYPE_MULTI_SELECT = 7;
  static final int TYPE_LINKED_SELECT = 9;
  static final int TYPE_DATE = 10;
  static final int TYPE_FILE = 11;

  private final Helpdesk h;
  private int nextOptionId = 1;

  /** Ticket groups in display order, with their fields in display order. */
  private final List<CustomFieldGroupDef> ticketGroups = new ArrayList<>();

  private final Map<Integer, List<CustomField>> fieldsByGroup = new HashMap<>();
  private final Map<Integer, List<CustomFieldOption>> optionsByField = new HashMap<>();

  /** Shared value records: many tickets hold the same option text, so keep one instance each. */
  private final Map<String, CustomFieldValue> valueCache = new HashMap<>();

  CustomFieldCatalog(Helpdesk h) {
    this.h = h;
  }

  /** Puts the groups, fields and options into the helpdesk. */
  void fill() {
    group(1, "Product details", 1, 9, List.of(DEPT_TECHNICAL, DEPT_INTEGRATIONS, DEPT_MOBILE));
    group(2, "Billing information", 2, 3, List.of(DEPT_BILLING, DEPT_SALES));
    group(3, "Your request", 3, 4, List.of());
    group(4, "Registration details", 4, 1, List.of());

    CustomField product = field(1, 1, "Product", TYPE_LINKED_SELECT, "k8d2m1x9qa", "", 1);
    int web = option(product, "Web app", 0);
    option(product, "Dashboard", web);
    option(product, "Reports", web);
    option(product, "Data export", web);
    int mobile = option(product, "Mobile app", 0);
    option(product, "iOS", mobile);
    option(product, "Android", mobile);
    int api = option(product, "Public API", 0);
    option(product, "REST v2", api);
    option(product, "Webhooks", api);
    CustomField platforms =
        field(2, 1, "Affected platforms", TYPE_MULTI_SELECT, "p3n7c2v6wz", "", 2);
    for (String p : new String[] {"Windows", "macOS", "Linux", "iOS", "Android"}) {
      option(platforms, p, 0);
    }
    field(3, 1, "App version", TYPE_TEXT, "r5t1y8u2io", "^\\d+\\.\\d+(\\.\\d+)?$", 3);
    field(4, 1, "Steps to reproduce", TYPE_TEXTAREA, "e9w3q7z1lk", "", 4);
    field(5, 1, "Crash report", TYPE_FILE, "m2b6v4c8xd", "", 5);

    field(6, 2, "Invoice number", TYPE_TEXT, "h7g5f3d1sa", "", 1);
    CustomField plan = field(7, 2, "Plan", TYPE_SELECT, "q1w2e3r4ty", "", 2);
    for (String p : new String[] {"Starter", "Team", "Business", "Enterprise"}) {
      option(plan, p, 0);
    }
    CustomField payment = field(8, 2, "Payment method", TYPE_RADIO, "z9x8c7v6bn", "", 3);
    for (String p : new String[] {"Credit card", "Bank transfer", "PayPal", "Invoice (net 30)"}) {
      option(payment, p, 0);
    }
    CustomField actions = field(9, 2, "Finance actions", TYPE_CHECKBOX, "a1s2d3f4gh", "", 4);
    for (String p : new String[] {"Refund approved", "Credit note issued", "Chargeback filed"}) {
      option(actions, p, 0);
    }
    field(10, 2, "Charge date", TYPE_DATE, "j5k6l7m8np", "", 5);

    CustomField impact = field(11, 3, "Business impact", TYPE_SELECT, "u4i5o6p7as", "", 1);
    for (String p : new String[] {"Blocking \u2014 we cannot work", "Degraded", "Minor", "None"}) {
      option(impact, p, 0);
    }
    field(12, 3, "Your reference / PO number", TYPE_TEXT, "d8f9g0h1jk", "", 2);

    CustomField size = field(13, 4, "Company size", TYPE_SELECT, "l2z3x4c5vb", "", 1);
    for (String p : new String[] {"1\u201310", "11\u201350", "51\u2013250", "250+"}) {
      option(size, p, 0);
    }
    field(14, 4, "How did you hear about us?", TYPE_TEXT, "n6m7q8w9er", "", 2);
  }

  /** The display-form values of every field shown on a ticket of {@code departmentId}. */
  Map<Integer, CustomFieldValue> valuesFor(
      SplittableRandom rnd, int departmentId, long creationTime, String invoice) {
    Map<Integer, CustomFieldValue> values = new LinkedHashMap<>();
    for (CustomFieldGroupDef g : ticketGroups) {
      if (!g.departmentIds().isEmpty() && !g.departmentIds().contains(departmentId)) {
        continue;
      }
      for (CustomField f : fieldsByGroup.get(g.id())) {
        boolean set = rnd.nextInt(4) != 0;
        values.put(f.id(), set ? value(rnd, f, creationTime, invoice) : empty(f));
      }
    }
    return values;
  }

  private CustomFieldValue value(
      SplittableRandom rnd, CustomField f, long creationTime, String invoice) {
    List<CustomFieldOption> opts = optionsByField.getOrDefault(f.id(), List.of());
    switch (f.fieldType()) {
      case TYPE_SELECT, TYPE_RADIO:
        return shared(f, opts.get(rnd.nextInt(opts.size())).value(), "");
      case TYPE_CHECKBOX, TYPE_MULTI_SELECT:
        {
          StringBuilder b = new StringBuilder();
          int mask = 1 + rnd.nextInt((1 << opts.size()) - 1); // never the empty set
          for (int i = 0; i < opts.size(); i++) {
            if ((mask & (1 << i)) != 0) {
              b.append(b.length() == 0 ? "" : ", ").append(opts.get(i).value());
            }
          }
          return shared(f, b.toString(), "");
        }
      case TYPE_LINKED_SELECT:
        {
          List<CustomFieldOption> children = new ArrayList<>();
          for (CustomFieldOption o : opts) {
            if (o.parentOptionId() != 0) {
              children.add(o);
            }
          }
          CustomFieldOption child = children.get(rnd.nextInt(children.size()));
          String parent = h.customFieldOptions.get(child.parentOptionId()).value();
          return shared(f, parent + " > " + child.value(), "");
        }
      case TYPE_DATE:
        {
          long day = creationTime - 86_400L * rnd.nextInt(1, 20);
          LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(day, 86_400L));
          String text =
              String.format("%02d/%02d/%04d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
          return shared(f, text, "");
        }
      case TYPE_FILE:
        return shared(f, AttachmentFactory.CRASH_REPORT.base64(), "crash-report.txt");
      case TYPE_TEXTAREA:
        return shared(f, STEPS[rnd.nextInt(STEPS.length)], "");
      default:
        return text(rnd, f, invoice);
    }
  }

  private CustomFieldValue text(SplittableRandom rnd, CustomField f, String invoice) {
    return switch (f.fieldName()) {
      case "r5t1y8u2io" -> shared(f, "5." + rnd.nextInt(9, 14) + "." + rnd.nextInt(4), "");
      case "h7g5f3d1sa" -> new CustomFieldValue(f.id(), f.title(), 1, f.fieldName(), "", invoice);
      default ->
          new CustomFieldValue(
              f.id(), f.title(), 1, f.fieldName(), "", "PO-" + rnd.nextInt(10_000, 99_999));
    };
  }

  private static final String[] STEPS = {
    "1. Log in\n2. Open Reports \u203a Monthly\n3. Click Export\n\u2192 spinner, then error 504",
    "1. Open the app\n2. Tap + and choose a photo\n3. App closes immediately",
    "Happens every time after ~20 minutes idle. Refresh fixes it for a while.",
  };

  private CustomFieldValue shared(CustomField f, String value, String fileName) {
    return valueCache.computeIfAbsent(
        f.id() + "\u0000" + value,
        k ->
            new CustomFieldValue(f.id(), f.title(), f.fieldType(), f.fieldName(), fileName, value));
  }

  private CustomFieldValue empty(CustomField f) {
    return shared(f, "", "");
  }

  private void group(int id, String title, int order, int groupType, List<Integer> departments) {
    CustomFieldGroupDef g = new CustomFieldGroupDef(id, title, order, groupType, departments);
    h.customFieldGroups.put(id, g);
    fieldsByGroup.put(id, new ArrayList<>());
    if (g.isTicketGroup()) {
      ticketGroups.add(g);
    }
  }

  private CustomField field(
      int id, int groupId, String title, int type, String name, String regexp, int order) {
    CustomFieldGroupDef g = h.customFieldGroups.get(groupId);
    boolean userSide = g.groupType() != 3;
    CustomField f =
        new CustomField(
            id,
            groupId,
            title,
            type,
            name,
            "",
            false,
            userSide,
            true,
            regexp,
            order,
            false,
            "",
            g.groupType());
    h.customFields.put(id, f);
    fieldsByGroup.get(groupId).add(f);
    return f;
  }

  private int option(CustomField f, String value, int parentOptionId) {
    int id = nextOptionId++;
    List<CustomFieldOption> list = optionsByField.computeIfAbsent(f.id(), k -> new ArrayList<>());
    CustomFieldOption o =
        new CustomFieldOption(id, f.id(), value, list.size() + 1, false, parentOptionId);
    list.add(o);
    h.customFieldOptions.put(id, o);
    return id;
  }
}
