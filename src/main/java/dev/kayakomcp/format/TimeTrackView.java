package dev.kayakomcp.format;

import dev.kayakomcp.model.TimeTrack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Time-tracking entries and their totals, in seconds and as {@code 1h 30m}. */
public final class TimeTrackView {

  private final Times times;

  public TimeTrackView(Times times) {
    this.times = times;
  }

  public Map<String, Object> structured(TimeTrack t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("worker", t.workerStaffName());
    m.put("worker_staff_id", t.workerStaffId());
    m.put("created_by", t.creatorStaffName());
    m.put("work_date", Times.iso(t.workDate()));
    m.put("bill_date", Times.iso(t.billDate()));
    m.put("worked_seconds", t.timeWorked());
    m.put("worked", Durations.human(t.timeWorked()));
    m.put("billable_seconds", t.timeBillable());
    m.put("billable", Durations.human(t.timeBillable()));
    m.put("note", note(t));
    return m;
  }

  /** Totals worked and billable over all entries. */
  public static Map<String, Object> totals(List<TimeTrack> entries) {
    long worked = entries.stream().mapToLong(TimeTrack::timeWorked).sum();
    long billable = entries.stream().mapToLong(TimeTrack::timeBillable).sum();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entries", entries.size());
    m.put("worked_seconds", worked);
    m.put("worked", Durations.human(worked));
    m.put("billable_seconds", billable);
    m.put("billable", Durations.human(billable));
    return m;
  }

  public static String totalsMarkdown(List<TimeTrack> entries) {
    Map<String, Object> t = totals(entries);
    return "Total worked: "
        + t.get("worked")
        + " ("
        + t.get("worked_seconds")
        + " s); billable: "
        + t.get("billable")
        + " ("
        + t.get("billable_seconds")
        + " s) over "
        + entries.size()
        + " entries.\n";
  }

  public String markdown(TimeTrack t) {
    return "- "
        + times.both(t.workDate())
        + " — "
        + t.workerStaffName()
        + ": worked "
        + Durations.human(t.timeWorked())
        + " ("
        + t.timeWorked()
        + " s), billable "
        + Durations.human(t.timeBillable())
        + " ("
        + t.timeBillable()
        + " s)"
        + (note(t).isBlank() ? "" : " — " + note(t).replace("\n", " "))
        + "\n";
  }

  private static String note(TimeTrack t) {
    return TextShortener.shorten(t.contents() == null ? "" : t.contents().strip(), 1_000);
  }
}
