package dev.kayakomcp.report;

import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory ticket set that counts the requests a report makes; runs tasks at once. */
final class FakeSource implements TicketSource, Runner {

  final List<Ticket> tickets;
  final Map<Integer, Ticket> withPosts = new HashMap<>();
  final AtomicInteger counts = new AtomicInteger();
  final AtomicInteger pages = new AtomicInteger();
  final AtomicInteger gets = new AtomicInteger();
  boolean canCount = true;

  FakeSource(List<Ticket> tickets) {
    this.tickets = new ArrayList<>(tickets);
  }

  int requests() {
    return counts.get() + pages.get() + gets.get();
  }

  @Override
  public OptionalLong count() {
    counts.incrementAndGet();
    return canCount ? OptionalLong.of(tickets.size()) : OptionalLong.empty();
  }

  @Override
  public List<Ticket> page(ReadOrder order, int start, int count) {
    pages.incrementAndGet();
    Comparator<Ticket> c =
        switch (order) {
          case ID_DESC -> Comparator.comparingInt(Ticket::id);
          case CREATED_DESC -> Comparator.comparingLong(Ticket::creationTime);
          case ACTIVITY_DESC -> Comparator.comparingLong(Ticket::lastActivity);
        };
    List<Ticket> sorted = new ArrayList<>(tickets);
    sorted.sort(c.reversed());
    return sorted.subList(Math.min(start, sorted.size()), Math.min(start + count, sorted.size()));
  }

  @Override
  public Map<Integer, Ticket> withPosts(List<Integer> ticketIds) {
    Map<Integer, Ticket> out = new HashMap<>();
    for (int id : ticketIds) {
      gets.incrementAndGet();
      if (withPosts.containsKey(id)) {
        out.put(id, withPosts.get(id));
      }
    }
    return out;
  }

  @Override
  public <T> Future<T> start(Callable<T> task) {
    try {
      return CompletableFuture.completedFuture(task.call());
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }
}
