package io.verbatim.server.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tiny HTML writer that escapes by default.
 *
 * <p>Contract: every text and attribute value given to it is escaped ({@code & < > " '}), so
 * archive text can never become markup; tag and attribute names must be plain lowercase names
 * written in our code (checked); an attribute whose value is null is left out; {@link #close()}
 * closes the element last opened, so the output is always well nested. The only way to add markup
 * is {@link #append(Html)}, which takes another writer's (already safe) output.
 */
public final class Html {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

  private final StringBuilder out = new StringBuilder(1024);
  private final Deque<String> open = new ArrayDeque<>();

  /** Escapes text for use in element content or a quoted attribute value. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (replacement != null && s == null) {
        s = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (s != null) {
        if (replacement != null) {
          s.append(replacement);
        } else {
          s.append(c);
        }
      }
    }
    return s == null ? text : s.toString();
  }

  /**
   * A link target that is safe to put in {@code href}: a path or query of this site, or an http(s)
   * address; anything else (such as {@code javascript:} or {@code data:}) gives null, so that the
   * caller shows the text without a link.
   */
  public static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    if (u.startsWith("/") && !u.startsWith("//")) {
      return u;
    }
    if (u.startsWith("?") || u.startsWith("#")) {
      return u;
    }
    String lower = u.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("http://") || lower.startsWith("https://")) && u.length() > 8) {
      return u;
    }
    return null;
  }

  /** Opens an element; {@code attributes} are name, value pairs (a null value leaves it out). */
  public Html open(String tag, String... attributes) {
    start(tag, attributes);
    open.push(tag);
    return this;
  }

  /** Closes the element opened last. */
  public Html close() {
    if (open.isEmpty()) {
      throw new IllegalStateException("no element is open");
    }
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** An element holding only escaped text. */
  public Html element(String tag, String text, String... attributes) {
    start(tag, attributes);
    out.append(escape(text)).append("</").append(tag).append('>');
    return this;
  }

  /** An element without content and without end tag ({@code input}, {@code meta}, {@code br}). */
  public Html empty(String tag, String... attributes) {
    start(tag, attributes);
    return this;
  }

  /** Escaped text. */
  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /**
   * A link with escaped text; when {@code href} is not {@linkplain #safeUrl safe}, only the text.
   */
  public Html link(String href, String text, String... attributes) {
    String safe = safeUrl(href);
    if (safe == null) {
      return text(text);
    }
    String[] all = new String[attributes.length + 2];
    all[0] = "href";
    all[1] = safe;
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    return element("a", text, all);
  }

  /** Appends what another writer wrote (all of its elements must be closed). */
  public Html append(Html other) {
    Objects.requireNonNull(other, "the markup to append");
    if (!other.open.isEmpty()) {
      throw new IllegalStateException("appended markup has unclosed <" + other.open.peek() + ">");
    }
    out.append(other.out);
    return this;
  }

  /** The markup written so far; every element must be closed. */
  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed <" + open.peek() + ">");
    }
    return out.toString();
  }

  private void start(String tag, String[] attributes) {
    checkName(tag);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: " + tag);
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      String name = attributes[i];
      checkName(name);
      if (name.startsWith("on")) {
        throw new IllegalArgumentException("event handler attributes are not allowed: " + name);
      }
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      if ((name.equals("href") || name.equals("src") || name.equals("action"))
          && safeUrl(value) == null) {
        throw new IllegalArgumentException("unsafe " + name + " on <" + tag + ">: " + value);
      }
      out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }
    out.append('>');
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an allowed tag or attribute name: " + name);
    }
  }
}
