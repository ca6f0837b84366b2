package io.verbatim.ingest;

import io.verbatim.extract.capture.CaptureTextReader;
import io.verbatim.extract.corpus.CsvReader;
import io.verbatim.extract.corpus.JsonLinesReader;
import io.verbatim.extract.corpus.UngdcReader;
import io.verbatim.extract.html.GenericHtmlReader;
import io.verbatim.extract.html.KremlinHtmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The formats Verbatim reads, and the choice of reader for a capture. */
public final class Formats {
  /** The name that asks for detection by content. */
  public static final String AUTO = "auto";

  private final List<FormatReader> readers;

  public Formats(List<FormatReader> readers) {
    this.readers = List.copyOf(Objects.requireNonNull(readers, "readers"));
  }

  /** Every built-in format, with default options. */
  public static Formats standard() {
    return new Formats(
        List.of(
            new CaptureTextReader(),
            new KremlinHtmlReader(),
            new GenericHtmlReader(),
            new UngdcReader(),
            new CsvReader(),
            new JsonLinesReader()));
  }

  public List<FormatReader> readers() {
    return readers;
  }

  /** The names accepted by {@code --format}, {@code auto} first. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(AUTO);
    readers.forEach(r -> names.add(r.name()));
    return names;
  }

  /**
   * The reader named {@code name}.
   *
   * @throws IllegalArgumentException listing the known names when there is none
   */
  public FormatReader byName(String name) {
    for (FormatReader r : readers) {
      if (r.name().equalsIgnoreCase(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "'; known formats: " + String.join(", ", names()));
  }

  /** The reader most sure of {@code capture}, or empty when none recognises it. */
  public Optional<FormatReader> detect(Capture capture) {
    FormatReader best = null;
    int bestScore = FormatReader.NO;
    for (FormatReader r : readers) {
      int score;
      try {
        score = r.recognise(capture);
      } catch (RuntimeException e) {
        score = FormatReader.NO;
      }
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The reader for {@code formatName}, detecting by content when it is {@code auto} or null. */
  public Optional<FormatReader> choose(String formatName, Capture capture) {
    if (formatName == null || formatName.equalsIgnoreCase(AUTO)) {
      return detect(capture);
    }
    return Optional.of(byName(formatName));
  }
}
