/**
 * The archive on Apache SolrCloud: {@link io.verbatim.solr.SolrArchive} keeps statements in a
 * collection (and their original bytes in a second one, {@code <name>_originals}) through SolrJ,
 * and answers the same {@link io.verbatim.archive.Archive} contract as the embedded archive. {@link
 * io.verbatim.solr.SolrArchiveProvider} opens {@code solr://zk1:2181,zk2:2181[/chroot]/collection}
 * locations. The configset (schema with the same analysis as the embedded archive) ships in this
 * jar under {@code configset/}. No Lucene on this module's class path: Solr's Lucene 9 stays in the
 * Solr server.
 */
package io.verbatim.solr;
