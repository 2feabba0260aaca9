package dev.kayakomcp.emulator;

/**
 * The Kayako admin settings the emulator honours, changeable while it runs (directly, or through
 * the control endpoint). Thread-safe: every field is volatile and read once per request.
 */
public final class EmulatorSettings {

  /** Default cap on TicketSearch results. The real default is unconfirmed; 100 shows the cap. */
  public static final int DEFAULT_SEARCH_RESULT_LIMIT = 100;

  private volatile boolean apiEnabled = true;
  private volatile boolean postsDescending;
  private volatile int searchResultLimit = DEFAULT_SEARCH_RESULT_LIMIT;

  /** When false every API call answers 403 with an empty body (the REST API switched off). */
  public boolean apiEnabled() {
    return apiEnabled;
  }

  public EmulatorSettings apiEnabled(boolean enabled) {
    this.apiEnabled = enabled;
    return this;
  }

  /** The "post order" setting: true lists newest posts first, everywhere posts appear. */
  public boolean postsDescending() {
    return postsDescending;
  }

  public EmulatorSettings postsDescending(boolean descending) {
    this.postsDescending = descending;
    return this;
  }

  /** The "search result limit" setting capping TicketSearch; values below 1 count as 1. */
  public int searchResultLimit() {
    return searchResultLimit;
  }

  public EmulatorSettings searchResultLimit(int limit) {
    this.searchResultLimit = Math.max(1, limit);
    return this;
  }

  /** Copies every value from {@code other}. */
  public EmulatorSettings copyFrom(EmulatorSettings other) {
    apiEnabled = other.apiEnabled;
    postsDescending = other.postsDescending;
    searchResultLimit = other.searchResultLimit;
    return this;
  }

  @Override
  public String toString() {
    return "apiEnabled="
        + (apiEnabled ? 1 : 0)
        + "\npostOrder="
        + (postsDescending ? "desc" : "asc")
        + "\nsearchResultLimit="
        + searchResultLimit;
  }
}
