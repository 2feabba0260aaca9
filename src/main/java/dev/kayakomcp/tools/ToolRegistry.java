package dev.kayakomcp.tools;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.List;
import java.util.Optional;

/** The one list of tools (read and write), and the views of it a server offers. */
public final class ToolRegistry {

  private final List<KayakoTool> tools;

  public ToolRegistry(List<KayakoTool> tools) {
    this.tools = List.copyOf(tools);
  }

  /** Every tool this server has. */
  public static List<KayakoTool> allTools() {
    return List.of(
        new SearchTicketsTool(),
        new FindSimilarTicketsTool(),
        new TicketThemesTool(),
        new GetTicketTool(),
        new ListTicketsTool(),
        new GetTicketPostsTool(),
        new GetDepartmentsTool(),
        new GetTicketStatusesTool(),
        new GetTicketNotesTool(),
        new ListTicketAttachmentsTool(),
        new GetTicketAttachmentTool(),
        new GetTicketTimeTrackingTool(),
        new GetTicketCustomFieldsTool(),
        new GetTicketPrioritiesTool(),
        new GetTicketTypesTool(),
        new ListStaffTool(),
        new SearchUsersTool(),
        new GetUserTool(),
        new GetOrganizationTool(),
        new GetTicketCountsTool(),
        new TicketReportTool(),
        new NeedsAttentionTool());
  }

  /** The tools that change Kayako; listed and callable only when writes are allowed. */
  public static List<KayakoTool> writeTools() {
    return List.of(
        new CreateTicketTool(),
        new ReplyToTicketTool(),
        new AddTicketNoteTool(),
        new UpdateTicketTool(),
        new BulkUpdateTicketsTool(),
        new LogTimeTool());
  }

  /** The read tools only: what a server has unless the operator allows writes. */
  public static ToolRegistry standard() {
    return new ToolRegistry(allTools());
  }

  /**
   * The tools {@code filter} lets through: the only ones a server built from the result lists and
   * can call.
   *
   * @throws IllegalArgumentException when the filter names a toolset or tool that does not exist
   */
  public ToolRegistry filtered(ToolFilter filter) {
    filter.check(tools);
    return new ToolRegistry(filter.apply(tools));
  }

  /** The toolset names, in first-seen order. */
  public List<String> toolsets() {
    return tools.stream().map(t -> t.definition().toolset()).distinct().toList();
  }

  /** The read tools, plus the write tools when the settings allow writes. */
  public static ToolRegistry forWrites(WriteSettings settings) {
    List<KayakoTool> tools = new java.util.ArrayList<>(allTools());
    if (settings.allowed()) {
      tools.addAll(writeTools());
    }
    return new ToolRegistry(tools);
  }

  public List<KayakoTool> tools() {
    return tools;
  }

  public Optional<KayakoTool> find(String name) {
    return tools.stream().filter(t -> t.definition().name().equals(name)).findFirst();
  }

  public static McpSchema.Tool describe(ToolDefinition d) {
    return McpSchema.Tool.builder()
        .name(d.name())
        .title(d.title())
        .description(d.description())
        .inputSchema(d.inputSchema())
        .outputSchema(d.outputSchema())
        .annotations(
            new ToolAnnotations(
                d.title(), d.readOnly(), d.destructive(), d.idempotent(), true, null))
        .build();
  }
}
