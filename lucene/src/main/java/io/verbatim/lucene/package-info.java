/**
 * The embedded archive: one folder holding a Lucene 10 index of statements and the original bytes
 * they were read from.
 *
 * <p>{@link io.verbatim.lucene.LuceneArchive} implements {@link io.verbatim.archive.Archive} over a
 * folder laid out as {@code verbatim-archive.json} (the format marker, see {@link
 * io.verbatim.lucene.ArchiveMarker}), {@code originals/} (content-addressed bytes, see {@link
 * io.verbatim.lucene.OriginalStore}) and {@code index/} (the Lucene index, fields in {@link
 * io.verbatim.lucene.IndexFields}). {@link io.verbatim.lucene.LuceneArchiveProvider} opens it for
 * any location that is a plain path or a {@code file:} URI. Older on-disk formats are brought up to
 * date on open by {@link io.verbatim.lucene.Migrations}. {@code verbatim check} is {@code
 * LuceneCheck} (the index with Lucene's CheckIndex, the records, the originals) and {@code
 * --repair} is {@code LuceneRepair} (the index rebuilt by {@code IndexRebuild}, lost statements
 * read again from their originals).
 */
package io.verbatim.lucene;
