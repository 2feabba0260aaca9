/**
 * The one write pipeline every write goes through: a {@link dev.kayakomcp.write.WriteOperation}
 * (one write to one ticket, or one new ticket) is submitted to a {@link
 * dev.kayakomcp.write.WritePipeline}, which collapses identical concurrent writes into one, keeps
 * the duplicate window, sends exactly once, re-reads Kayako with a recovery budget of its own when
 * the answer is lost, and answers {@link dev.kayakomcp.write.WriteOutcome} landed, not landed or
 * unknown — with one audit line. Depends on {@code client/} and {@code model/}, never on tools.
 */
package dev.kayakomcp.write;
