package dev.kayakomcp.format;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML of a post into clean Markdown: paragraphs, line breaks, emphasis, links, lists,
 * quotes, code and simple tables; scripts, styles and images' bytes are dropped. jsoup parses the
 * HTML so malformed markup still converts.
 */
public final class HtmlToMarkdown {

  private HtmlToMarkdown() {}

  public static String convert(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, head, title, meta, link").remove();
    StringBuilder out = new StringBuilder();
    renderChildren(doc.body(), out, new Context());
    return tidy(out.toString());
  }

  private static final class Context {
    int listDepth;
    boolean pre;
  }

  private static void renderChildren(Element el, StringBuilder out, Context ctx) {
    for (Node child : el.childNodes()) {
      render(child, out, ctx);
    }
  }

  private static void render(Node node, StringBuilder out, Context ctx) {
    if (node instanceof TextNode t) {
      out.append(ctx.pre ? t.getWholeText() : collapse(t.getWholeText()));
      return;
    }
    if (!(node instanceof Element el)) {
      return;
    }
    String tag = el.normalName();
    switch (tag) {
      case "br" -> out.append("  \n");
      case "p", "div", "section", "article", "header", "footer", "center", "font-block" -> {
        block(out);
        renderChildren(el, out, ctx);
        block(out);
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        block(out);
        out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
        out.append(inline(el, ctx).strip());
        block(out);
      }
      case "strong", "b" -> wrap(el, out, ctx, "**");
      case "em", "i" -> wrap(el, out, ctx, "*");
      case "code", "tt" -> {
        if (ctx.pre) {
          renderChildren(el, out, ctx);
        } else {
          wrap(el, out, ctx, "`");
        }
      }
      case "pre" -> {
        block(out);
        out.append("```\n");
        ctx.pre = true;
        renderChildren(el, out, ctx);
        ctx.pre = false;
        if (out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        out.append("```");
        block(out);
      }
      case "a" -> link(el, out, ctx);
      case "img" -> {
        String alt = el.attr("alt").strip();
        out.append(alt.isEmpty() ? "[image]" : "[image: " + alt + "]");
      }
      case "ul", "ol" -> list(el, out, ctx, tag.equals("ol"));
      case "blockquote" -> {
        block(out);
        String inner = tidy(renderToString(el, ctx));
        for (String line : inner.split("\n", -1)) {
          out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        block(out);
      }
      case "hr" -> {
        block(out);
        out.append("---");
        block(out);
      }
      case "table" -> table(el, out, ctx);
      default -> renderChildren(el, out, ctx);
    }
  }

  private static void wrap(Element el, StringBuilder out, Context ctx, String mark) {
    String inner = inline(el, ctx);
    if (inner.isBlank()) {
      out.append(inner);
      return;
    }
    // Markers must hug the text, so surrounding spaces stay outside them.
    String lead = inner.substring(0, inner.length() - inner.stripLeading().length());
    String trail = inner.substring(inner.stripTrailing().length());
    out.append(lead).append(mark).append(inner.strip()).append(mark).append(trail);
  }

  private static void link(Element el, StringBuilder out, Context ctx) {
    String text = inline(el, ctx).strip();
    String href = el.attr("href").strip();
    if (href.isEmpty() || href.startsWith("javascript:")) {
      out.append(text);
    } else if (text.isEmpty() || text.equals(href) || ("mailto:" + text).equals(href)) {
      out.append('<').append(href.replaceFirst("^mailto:", "")).append('>');
    } else {
      out.append('[').append(text).append("](").append(href).append(')');
    }
  }

  private static void list(Element el, StringBuilder out, Context ctx, boolean ordered) {
    block(out);
    ctx.listDepth++;
    int n = 1;
    for (Element li : el.children()) {
      if (!li.normalName().equals("li")) {
        continue;
      }
      String indent = "  ".repeat(ctx.listDepth - 1);
      String marker = ordered ? (n++) + ". " : "- ";
      String body = tidy(renderToString(li, ctx));
      String[] lines = body.split("\n");
      out.append(indent).append(marker).append(lines.length > 0 ? lines[0] : "").append('\n');
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          out.append(indent).append("  ").append(lines[i]).append('\n');
        }
      }
    }
    ctx.listDepth--;
    block(out);
  }

  private static void table(Element table, StringBuilder out, Context ctx) {
    block(out);
    boolean first = true;
    for (Element row : table.select("tr")) {
      StringBuilder line = new StringBuilder("|");
      int cells = 0;
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          line.append(' ')
              .append(inline(cell, ctx).strip().replace("|", "\\|").replace('\n', ' '))
              .append(" |");
          cells++;
        }
      }
      if (cells == 0) {
        continue;
      }
      out.append(line).append('\n');
      if (first) {
        out.append("|").append(" --- |".repeat(cells)).append('\n');
        first = false;
      }
    }
    block(out);
  }

  private static String inline(Element el, Context ctx) {
    StringBuilder sb = new StringBuilder();
    renderChildren(el, sb, ctx);
    return sb.toString();
  }

  private static String renderToString(Element el, Context ctx) {
    StringBuilder sb = new StringBuilder();
    renderChildren(el, sb, ctx);
    return sb.toString();
  }

  private static void block(StringBuilder out) {
    if (out.length() == 0) {
      return;
    }
    int newlines = 0;
    for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
      newlines++;
    }
    // Trailing spaces before a block break are noise (except an explicit line break).
    while (newlines == 0 && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    out.append("\n".repeat(Math.max(0, 2 - newlines)));
  }

  private static String collapse(String text) {
    return text.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\n]+", " ");
  }

  private static String tidy(String md) {
    String[] lines = md.split("\n", -1);
    StringBuilder out = new StringBuilder();
    int blank = 0;
    for (String raw : lines) {
      String line = raw.endsWith("  ") ? raw.stripTrailing() + "  " : raw.stripTrailing();
      if (line.startsWith(" ") && !line.startsWith("  -") && !line.matches("^\\s+\\d+\\. .*")) {
        line = line.stripLeading();
      }
      if (line.isBlank()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      blank = 0;
      out.append(line);
    }
    return out.toString().replaceAll(" {2}$", "");
  }
}
