package dev.kayakomcp.tools;

import dev.kayakomcp.format.Json;
import dev.kayakomcp.format.ResponseBudget;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Fits a result of {@code total} items into the response budget by keeping the largest number of
 * whole items whose Markdown text and JSON both fit, then renders it in the requested format.
 */
public final class Budgeted {

  /** Renders the result with its first {@code shown} items. */
  public interface Renderer {
    String markdown(int shown);

    Map<String, Object> structured(int shown);
  }

  private Budgeted() {}

  /** {@link #render(ResponseFormat, int, Renderer)} with the two renderings as functions. */
  public static ToolResult render(
      ResponseFormat format,
      int total,
      java.util.function.IntFunction<String> markdown,
      java.util.function.IntFunction<Map<String, Object>> structured) {
    return render(
        format,
        total,
        new Renderer() {
          @Override
          public String markdown(int shown) {
            return markdown.apply(shown);
          }

          @Override
          public Map<String, Object> structured(int shown) {
            return structured.apply(shown);
          }
        });
  }

  public static ToolResult render(ResponseFormat format, int total, Renderer renderer) {
    return render(format, total, renderer, ResponseBudget.MAX_CHARS);
  }

  static ToolResult render(ResponseFormat format, int total, Renderer renderer, int maxChars) {
    IntFunction<Integer> size =
        n -> Math.max(renderer.markdown(n).length(), Json.write(renderer.structured(n)).length());
    int shown = ResponseBudget.fit(total, size, maxChars);
    Map<String, Object> structured = renderer.structured(shown);
    String text = format == ResponseFormat.JSON ? Json.write(structured) : renderer.markdown(shown);
    return new ToolResult(text, structured);
  }
}
