package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.LookupXml;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * The read-only ticket lookups (TicketStatus, TicketPriority, TicketType): a bare GET lists by id,
 * GET {@code /{id}} gives one or an empty wrapper. {@code /ListAll} is {@code Get("ListAll")}, id
 * 0, so an empty list.
 */
final class LookupController<T> implements Controller {

  private final Context ctx;
  private final Function<Helpdesk, NavigableMap<Integer, T>> table;
  private final Function<Collection<T>, String> writer;

  private LookupController(
      Context ctx,
      Function<Helpdesk, NavigableMap<Integer, T>> table,
      Function<Collection<T>, String> writer) {
    this.ctx = ctx;
    this.table = table;
    this.writer = writer;
  }

  static LookupController<?> statuses(Context ctx) {
    return new LookupController<>(ctx, h -> h.statuses, LookupXml::statuses);
  }

  static LookupController<?> priorities(Context ctx) {
    return new LookupController<>(ctx, h -> h.priorities, LookupXml::priorities);
  }

  static LookupController<?> types(Context ctx) {
    return new LookupController<>(ctx, h -> h.types, LookupXml::types);
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ApiResponse.xml(ctx.read(() -> writer.apply(table.apply(ctx.helpdesk()).values())));
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    int id = Params.intval(args.get(0));
    return ApiResponse.xml(
        ctx.read(
            () -> {
              T item = table.apply(ctx.helpdesk()).get(id);
              return writer.apply(item == null ? List.of() : List.of(item));
            }));
  }
}
