package io.verbatim.ingest;

import java.util.List;

/**
 * Reads one input format into statements.
 *
 * <p>Contract: {@link #recognise} looks at the capture without failing and says how sure the reader
 * is that the capture is in its format; {@link #read} then extracts every statement it holds.
 * Whole-file failures are thrown as {@link BadInputException}; a bad row in a multi-record file is
 * a {@link ReadItem.Problem} and the other rows are still returned. Readers never store anything
 * and never guess a field silently: an unknown field stays null, an inferred one is marked with
 * {@code markInferred}. Implementations are stateless and thread-safe.
 */
public interface FormatReader {

  /** Score meaning "not this format". */
  int NO = 0;

  /** The format's name, as given to {@code --format} (e.g. {@code capture}). */
  String name();

  /** One line for {@code --help} and the README: what the format is. */
  String description();

  /**
   * How sure this reader is that {@code capture} is in its format: {@link #NO} (0) for not at all,
   * up to 100 for certain (e.g. a site's own markup). The highest score wins under {@code auto}.
   */
  int recognise(Capture capture);

  /**
   * Reads the statements in {@code capture}.
   *
   * @throws BadInputException when the capture as a whole cannot be read
   */
  List<ReadItem> read(Capture capture) throws BadInputException;
}
