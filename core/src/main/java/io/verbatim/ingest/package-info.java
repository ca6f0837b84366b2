/**
 * Ingest: turns captured files into stored statements.
 *
 * <p>The path of a capture: a file is read into a {@link io.verbatim.ingest.Capture}; {@link
 * io.verbatim.ingest.Formats} picks a {@link io.verbatim.ingest.FormatReader} (by name, or by
 * content with {@code auto}); the reader yields {@link io.verbatim.ingest.ReadItem}s (statements,
 * per-row problems, or a reason to skip the file); {@link io.verbatim.ingest.Ingestor} gives each
 * statement its id and source, stores the original bytes and the statement in an {@link
 * io.verbatim.archive.Archive}, commits, and reports what happened in an {@link
 * io.verbatim.ingest.IngestReport}.
 *
 * <p>To add a format: implement {@link io.verbatim.ingest.FormatReader} (in a package under {@code
 * io.verbatim.extract}) and list it in {@link io.verbatim.ingest.Formats#standard()}.
 */
package io.verbatim.ingest;
