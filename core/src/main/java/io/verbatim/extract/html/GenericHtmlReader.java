package io.verbatim.extract.html;

import io.verbatim.ingest.BadInputException;
import io.verbatim.ingest.Capture;
import io.verbatim.ingest.FormatReader;
import io.verbatim.ingest.ReadItem;
import java.util.List;

/** Placeholder until the html reader lands: recognises nothing. */
public final class GenericHtmlReader implements FormatReader {
  @Override
  public String name() {
    return "html";
  }

  @Override
  public String description() {
    return "not implemented yet";
  }

  @Override
  public int recognise(Capture capture) {
    return NO;
  }

  @Override
  public List<ReadItem> read(Capture capture) throws BadInputException {
    throw new BadInputException("the html reader is not implemented yet");
  }
}
