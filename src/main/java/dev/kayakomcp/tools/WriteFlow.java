package dev.kayakomcp.tools;

import dev.kayakomcp.write.WriteOperation;
import dev.kayakomcp.write.WriteOutcome;
import dev.kayakomcp.write.WritePipeline;
import java.util.Optional;

/**
 * The tool side of every write: refuse a duplicate before asking anyone, then the dry run and
 * confirmation gate, then the {@link WritePipeline}, then the answer from its outcome. Every path
 * leaves one audit line.
 */
final class WriteFlow {

  private WriteFlow() {}

  /**
   * @param question what to ask the person first, or null when the write needs no confirmation
   */
  static ToolResult run(
      ToolContext context,
      WriteOptions options,
      WriteOperation op,
      WriteAnswer answer,
      String question) {
    WritePipeline pipeline = context.writes().pipeline(context);
    if (!options.allowDuplicate()) {
      Optional<WriteOutcome> duplicate = pipeline.duplicate(op);
      if (duplicate.isPresent()) {
        audit(context, op, "refused duplicate (" + duplicate.get().detail() + ")");
        return answer.outcome(duplicate.get(), op.idempotent()).result(options.format());
      }
    }
    if (!WriteGate.proceed(options, context, answer, question)) {
      audit(context, op, answer.status().word);
      return answer.result(options.format());
    }
    WriteOutcome outcome = pipeline.submit(op, options.allowDuplicate());
    return answer.outcome(outcome, op.idempotent()).result(options.format());
  }

  private static void audit(ToolContext context, WriteOperation op, String outcome) {
    context.writes().audit().record(op.tool(), op.target(), op.auditFields(), outcome);
  }
}
