package dev.kayakomcp.server;

/** The server's name and version as announced on {@code initialize}. */
public final class ServerInfo {

  public static final String NAME = "kayako-mcp";

  private ServerInfo() {}

  /** The version from the jar's manifest, or "dev" when run from classes. */
  public static String version() {
    String v = ServerInfo.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
