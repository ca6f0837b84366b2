package io.verbatim.server.api;

import io.verbatim.archive.SearchHit;
import io.verbatim.model.Published;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom feed (RFC 4287) of search hits: well-formed XML through the JDK's StAX writer
 * (which escapes markup), with characters XML 1.0 cannot carry removed.
 *
 * <p>Ids are stable: {@code urn:verbatim:statement:ID} for an entry (the statement id is derived
 * from its bytes); the feed's id is given by the caller.
 *
 * <p>Dates keep their precision. Atom's dates are instants, so {@code atom:published} is written
 * only for a statement dated to the day or finer: its time in its stated zone, or the start of the
 * day, as UTC when the page states no zone (Atom requires one). Every dated entry also carries
 * Dublin Core's {@code dc:date} at the precision the source states ({@code 2019}, {@code 2019-09},
 * {@code 2019-09-24}, {@code 2013-04-05T19:00+04:00}; a time whose zone is unknown is given as its
 * day, W3C-DTF needing a zone with a time). {@code atom:updated}, which Atom requires, is the
 * publication instant for a statement dated to the day or finer; for one dated only to the month or
 * year, or undated, it is when the archive ingested it (the entry's last change), and such an entry
 * has no {@code atom:published}: its ingest time is never given as its publication.
 */
final class AtomFeed {
  /** One entry: the hit, its summary text and the time it is dated by. */
  record Entry(SearchHit hit, String summary, Instant ingestedAt) {
    Entry {
      Objects.requireNonNull(hit, "hit");
      Objects.requireNonNull(ingestedAt, "ingest time");
    }
  }

  /** Dublin Core's element namespace, for {@code dc:date}. */
  static final String DC = "http://purl.org/dc/elements/1.1/";

  private AtomFeed() {}

  /**
   * @param feedId this feed's id: an absolute IRI, stable for the same selection
   * @param feedUrl this feed's own address (its {@code self} link; may be relative)
   * @param baseUrl the server's base address for entry links, or empty for links relative to it
   */
  static void write(
      Writer out, String title, String feedId, String feedUrl, String baseUrl, List<Entry> entries)
      throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
    xml.writeNamespace("dc", DC);
    text(xml, "title", title);
    text(xml, "id", feedId);
    link(xml, "self", feedUrl, "application/atom+xml");
    Instant newest =
        entries.stream().map(AtomFeed::dated).max(Instant::compareTo).orElse(Instant.EPOCH);
    text(xml, "updated", format(newest));
    xml.writeStartElement("author");
    text(xml, "name", "Verbatim");
    xml.writeEndElement();
    text(xml, "generator", "Verbatim");
    for (Entry e : entries) {
      SearchHit h = e.hit();
      xml.writeStartElement("entry");
      text(xml, "id", "urn:verbatim:statement:" + h.id());
      text(xml, "title", h.title() == null ? "(untitled " + h.id() + ")" : h.title());
      link(xml, "alternate", baseUrl + "/api/statements/" + h.id(), "application/json");
      link(xml, "enclosure", baseUrl + "/api/statements/" + h.id() + "/original", null);
      String dated = format(dated(e));
      text(xml, "updated", dated);
      if (instant(h.published()) != null) {
        text(xml, "published", dated);
      }
      if (h.published() != null) {
        xml.writeStartElement("dc", "date", DC);
        xml.writeCharacters(w3cdtf(h.published()));
        xml.writeEndElement();
      }
      if (h.speaker() != null && h.speaker().name() != null) {
        xml.writeStartElement("author");
        text(xml, "name", h.speaker().name());
        xml.writeEndElement();
      }
      if (h.genre() != null) {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", clean(h.genre().label()));
      }
      if (e.summary() != null) {
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        if (h.language() != null) {
          xml.writeAttribute("xml:lang", clean(h.language()));
        }
        xml.writeCharacters(clean(e.summary()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
  }

  /** The entry's {@code atom:updated}: its publication instant, else its ingest time. */
  static Instant dated(Entry e) {
    Instant published = instant(e.hit().published());
    return published != null ? published : e.ingestedAt();
  }

  /**
   * The instant of a date stated to the day or finer (in its zone, else UTC), or null for a date
   * stated only to the month or year, or none.
   */
  static Instant instant(Published p) {
    if (p == null || p.day() == null) {
      return null;
    }
    return p.startDateTime().atZone(p.zone() != null ? p.zone() : ZoneOffset.UTC).toInstant();
  }

  /** {@code p} in W3C-DTF (Dublin Core's dates): at its precision; a zoneless time as its day. */
  static String w3cdtf(Published p) {
    return p.precision().hasTime() && p.zone() == null
        ? p.truncatedTo(Published.Precision.DAY).toString()
        : p.toString();
  }

  private static String format(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", clean(href));
    if (type != null) {
      xml.writeAttribute("type", type);
    }
  }

  /** Removes the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/F). */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean allowed =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (allowed) {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }
}
