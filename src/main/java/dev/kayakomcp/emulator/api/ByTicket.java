package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Sub-items kept per ticket (notes, time tracks): finding one by the two route segments with
 * Kayako's errors, appending or removing one, and the highest id in use.
 */
final class ByTicket {

  private ByTicket() {}

  /**
   * The item {@code args[1]} of ticket {@code args[0]}: 404 {@code notFound} when no item has that
   * id, 400 {@code notThisTicket} when it belongs to another ticket (a display id never matches, as
   * in Kayako, which compares the raw route value).
   */
  static <T> T locate(
      Helpdesk h,
      Map<Integer, List<T>> byTicket,
      List<String> args,
      ToIntFunction<T> id,
      ToIntFunction<T> ticketOf,
      String notFound,
      String notThisTicket) {
    TicketStore.require(h, args.get(0));
    int wanted = args.size() > 1 ? Support.rawId(args.get(1)) : 0;
    T found = null;
    for (List<T> list : byTicket.values()) {
      for (T item : list) {
        if (id.applyAsInt(item) == wanted) {
          found = item;
        }
      }
    }
    if (found == null) {
      throw ApiException.notFound(notFound);
    }
    if (ticketOf.applyAsInt(found) != Support.rawId(args.get(0))) {
      throw ApiException.badRequest(notThisTicket);
    }
    return found;
  }

  static <T> void append(Map<Integer, List<T>> byTicket, int ticketId, T item) {
    List<T> list = new ArrayList<>(byTicket.getOrDefault(ticketId, List.of()));
    list.add(item);
    byTicket.put(ticketId, list);
  }

  static <T> void remove(
      Map<Integer, List<T>> byTicket, int ticketId, int itemId, ToIntFunction<T> id) {
    List<T> list = new ArrayList<>(byTicket.getOrDefault(ticketId, List.of()));
    list.removeIf(item -> id.applyAsInt(item) == itemId);
    byTicket.put(ticketId, list);
  }

  static <T> int maxId(Map<Integer, List<T>> byTicket, ToIntFunction<T> id) {
    int max = 0;
    for (List<T> list : byTicket.values()) {
      for (T item : list) {
        max = Math.max(max, id.applyAsInt(item));
      }
    }
    return max;
  }
}
