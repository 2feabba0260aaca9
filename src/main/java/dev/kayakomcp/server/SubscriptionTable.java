package dev.kayakomcp.server;

import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import java.lang.reflect.Field;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The SDK's table of resource subscriptions (URI to the ids of the sessions subscribed), observed.
 *
 * <p>MCP Java SDK 2.1.0 answers {@code resources/subscribe} and {@code resources/unsubscribe}
 * itself once the server declares {@code resources.subscribe}, forgets a session's subscriptions
 * when the session ends, and sends {@code notifications/resources/updated} only to the sessions
 * subscribed to a URI. What it lacks is a way to learn what is subscribed, which a poller that must
 * run only while something is: its table is a private field with no listener. This map takes that
 * field's place (one reflective write when the server is built; {@link #install} fails loudly if a
 * future SDK renames it) and reports every change of the set of subscribed URIs.
 */
final class SubscriptionTable extends ConcurrentHashMap<String, Set<String>> {

  private static final long serialVersionUID = 1L;
  private static final String SDK_FIELD = "resourceSubscriptions";

  private final transient Consumer<Set<String>> onChange;

  private SubscriptionTable(Consumer<Set<String>> onChange) {
    this.onChange = onChange;
  }

  /**
   * Puts an observed table in {@code server}'s place; {@code onChange} then gets the subscribed
   * URIs (over all sessions) after every subscribe, unsubscribe and session end.
   */
  static SubscriptionTable install(McpSyncServer server, Consumer<Set<String>> onChange) {
    SubscriptionTable table = new SubscriptionTable(onChange);
    try {
      Field f = McpAsyncServer.class.getDeclaredField(SDK_FIELD);
      f.setAccessible(true);
      Object current = f.get(server.getAsyncServer());
      if (!(current instanceof Map<?, ?> m) || !m.isEmpty()) {
        throw new IllegalStateException("unexpected subscription table " + current);
      }
      f.set(server.getAsyncServer(), table);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "MCP SDK changed: cannot observe resource subscriptions (" + e + ")", e);
    }
    return table;
  }

  /** The URIs at least one session is subscribed to. */
  Set<String> uris() {
    Set<String> uris = new LinkedHashSet<>();
    forEach(
        (uri, sessions) -> {
          if (!sessions.isEmpty()) {
            uris.add(uri);
          }
        });
    return uris;
  }

  /** How many (session, URI) subscriptions there are. */
  int subscriptions() {
    return values().stream().mapToInt(Set::size).sum();
  }

  private void changed() {
    onChange.accept(uris());
  }

  @Override
  public Set<String> computeIfAbsent(
      String key, Function<? super String, ? extends Set<String>> mapping) {
    return super.computeIfAbsent(key, k -> new Sessions(mapping.apply(k)));
  }

  @Override
  public boolean remove(Object key, Object value) {
    boolean removed = super.remove(key, value);
    if (removed) {
      changed();
    }
    return removed;
  }

  /** One URI's sessions; a session added or removed is a change of the table. */
  private final class Sessions extends AbstractSet<String> {
    private final Set<String> ids;

    Sessions(Set<String> ids) {
      this.ids = ids;
    }

    @Override
    public boolean add(String id) {
      boolean added = ids.add(id);
      if (added) {
        changed();
      }
      return added;
    }

    @Override
    public boolean remove(Object id) {
      boolean removed = ids.remove(id);
      if (removed) {
        changed();
      }
      return removed;
    }

    @Override
    public boolean contains(Object id) {
      return ids.contains(id);
    }

    @Override
    public Iterator<String> iterator() {
      return ids.iterator();
    }

    @Override
    public int size() {
      return ids.size();
    }
  }
}
