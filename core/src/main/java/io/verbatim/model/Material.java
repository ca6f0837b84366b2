package io.verbatim.model;

/**
 * An additional material of a statement: an attachment, a related link or a subject tag, as listed
 * by the page (for example under "Additional materials").
 *
 * @param kind what it is
 * @param title the text the page shows for it
 * @param url where it points, or null when the page gives no address
 */
public record Material(Kind kind, String title, String url) {
  /** The kinds of material a page lists. */
  public enum Kind {
    ATTACHMENT,
    LINK,
    TAG
  }

  public Material {
    java.util.Objects.requireNonNull(kind, "a material needs a kind");
    title = Text.blankToNull(title);
    url = Text.blankToNull(url);
    if (title == null && url == null) {
      throw new IllegalArgumentException("a material needs a title or a url");
    }
  }
}
