package dev.kayakomcp.emulator.dataset;

import dev.kayakomcp.model.Staff;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Turns a theme's message text into post contents the way mail clients and the agent editor write
 * them: plain text or HTML (paragraphs, lists, links, line breaks, sometimes a table), greetings,
 * signatures, and quoted earlier messages ({@code On …, X wrote:} with {@code >} lines, or an HTML
 * {@code <blockquote>}).
 */
final class PostWriter {

  /** The names and numbers a message's placeholders are filled with. */
  record Ctx(String first, String full, String org, String inv, String amt, String staffFirst) {}

  /** An earlier message to quote: its author, time and plain body. */
  record Quote(String author, long time, String body) {}

  private static final DateTimeFormatter QUOTE_DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private static final String[] KB_LINKS = {
    "https://help.example.com/kb/article/112-resetting-your-password",
    "https://help.example.com/kb/article/87-single-sign-on",
    "https://help.example.com/kb/article/203-exports",
    "https://status.example.com/",
  };

  private final SplittableRandom rnd;

  PostWriter(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  /** Replaces {@code {first} {org} {inv} {amt} {staff}} in a template. */
  static String fill(String template, Ctx ctx) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder b = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        b.append(c);
        i++;
        continue;
      }
      String key = template.substring(i + 1, close);
      String value =
          switch (key) {
            case "first" -> Names.ascii(ctx.first()).replace(' ', '.');
            case "org" -> ctx.org().isEmpty() ? "my account" : ctx.org();
            case "inv" -> ctx.inv();
            case "amt" -> ctx.amt();
            case "staff" -> ctx.staffFirst();
            default -> null;
          };
      if (value == null) {
        b.append(c);
        i++;
      } else {
        b.append(value);
        i = close + 1;
      }
    }
    return b.toString();
  }

  /** A customer's message as plain text, with an optional signature and quote. */
  String customerPlain(String body, Ctx ctx, String designation, Quote quote) {
    StringBuilder b = new StringBuilder(body.length() + 200);
    b.append(body);
    switch (rnd.nextInt(5)) {
      case 0 -> b.append("\n\nThanks,\n").append(ctx.first());
      case 1 -> {
        b.append("\n\n--\nKind regards,\n").append(ctx.full());
        if (!designation.isEmpty() || !ctx.org().isEmpty()) {
          b.append('\n').append(designation);
          if (!designation.isEmpty() && !ctx.org().isEmpty()) {
            b.append(", ");
          }
          b.append(ctx.org());
        }
      }
      case 2 -> b.append("\n\nSent from my phone");
      default -> b.append("\n\n").append(ctx.first());
    }
    if (quote != null) {
      appendPlainQuote(b, quote);
    }
    return b.toString();
  }

  /** A customer's message as the HTML a webmail client sends. */
  String customerHtml(String body, Ctx ctx, Quote quote) {
    StringBuilder b = new StringBuilder(body.length() + 300);
    b.append("<div dir=\"ltr\">");
    appendEscaped(b, body, "<br>");
    b.append("<br><br>--<br>Kind regards,<br>");
    appendEscaped(b, ctx.full(), "<br>");
    if (!ctx.org().isEmpty()) {
      b.append("<br>");
      appendEscaped(b, ctx.org(), "<br>");
    }
    b.append("</div>");
    if (quote != null) {
      appendHtmlQuote(b, quote);
    }
    return b.toString();
  }

  /** An agent's reply as plain text with the agent's signature. */
  String staffPlain(String body, Ctx ctx, Staff staff, Quote quote) {
    StringBuilder b = new StringBuilder(body.length() + 200);
    b.append("Hi ").append(ctx.first()).append(",\n\n").append(body).append("\n\n");
    b.append(staff.signature());
    if (quote != null) {
      appendPlainQuote(b, quote);
    }
    return b.toString();
  }

  /**
   * An agent's reply as HTML: paragraphs, sometimes a list of steps, a help-centre link or a table
   * of charges (when {@code chargeTime} is positive), and a signature with line breaks.
   */
  String staffHtml(String body, Ctx ctx, Staff staff, Quote quote, long chargeTime) {
    StringBuilder b = new StringBuilder(body.length() + 600);
    b.append("<p>Hi ");
    appendEscaped(b, ctx.first(), " ");
    b.append(",</p>");
    for (String para : body.split("\n\n")) {
      b.append("<p>");
      appendEscaped(b, para, "<br>");
      b.append("</p>");
    }
    int extra = rnd.nextInt(6);
    if (chargeTime > 0) {
      b.append("<table border=\"1\" cellpadding=\"4\"><tr><th>Date</th><th>Description</th>")
          .append("<th>Amount</th></tr><tr><td>")
          .append(QUOTE_DATE.format(Instant.ofEpochSecond(chargeTime)))
          .append("</td><td>Business plan (annual)</td><td>")
          .append(ctx.amt())
          .append("</td></tr><tr><td></td><td>Refund</td><td>-")
          .append(ctx.amt())
          .append("</td></tr></table>");
    } else if (extra == 0) {
      b.append("<p>In the meantime you could try:</p><ul><li>signing out and back in</li>")
          .append("<li>a private browser window</li><li>another network, e.g. your phone's")
          .append(" hotspot</li></ul>");
    } else if (extra == 1) {
      b.append("<p>More details are in our <a href=\"")
          .append(KB_LINKS[rnd.nextInt(KB_LINKS.length)])
          .append("\">help centre article</a>.</p>");
    }
    b.append("<p>Kind regards,<br>");
    appendEscaped(b, staff.fullName(), " ");
    b.append("<br>");
    appendEscaped(b, staff.designation(), " ");
    b.append(", ").append(People.VENDOR).append("</p>");
    if (quote != null) {
      appendHtmlQuote(b, quote);
    }
    return b.toString();
  }

  private static void appendPlainQuote(StringBuilder b, Quote q) {
    b.append("\n\nOn ")
        .append(QUOTE_DATE.format(Instant.ofEpochSecond(q.time())))
        .append(", ")
        .append(q.author())
        .append(" wrote:\n");
    int lines = 0;
    for (String line : q.body().split("\n", 6)) {
      if (lines++ == 5) {
        b.append("> \u2026\n");
        break;
      }
      b.append(line.isEmpty() ? ">" : "> ").append(line).append('\n');
    }
  }

  private static void appendHtmlQuote(StringBuilder b, Quote q) {
    b.append("<div>On ").append(QUOTE_DATE.format(Instant.ofEpochSecond(q.time()))).append(", ");
    appendEscaped(b, q.author(), " ");
    b.append(" wrote:</div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;")
        .append("padding-left:1ex\">");
    appendEscaped(b, q.body(), "<br>");
    b.append("</blockquote>");
  }

  /** HTML-escapes {@code s}, writing {@code newline} for each line break. */
  static void appendEscaped(StringBuilder b, String s, String newline) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append(newline);
        default -> b.append(c);
      }
    }
  }
}
