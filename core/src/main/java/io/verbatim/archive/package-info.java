/**
 * The archive: where statements and their original bytes are kept and searched.
 *
 * <p>{@link io.verbatim.archive.Archive} is the one interface every backend implements (the
 * embedded Lucene archive, and SolrCloud); {@link io.verbatim.archive.ArchiveProvider}s, found with
 * {@link java.util.ServiceLoader}, open an archive from a location such as a folder or {@code
 * solr://zk:2181/verbatim}, and check its integrity ({@link io.verbatim.archive.CheckReport}).
 */
package io.verbatim.archive;
