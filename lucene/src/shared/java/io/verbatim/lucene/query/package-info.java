/**
 * Users' queries as Lucene queries: {@link io.verbatim.lucene.query.QueryRenderer} gives a parsed
 * query ({@link io.verbatim.query.QueryNode}) its meaning over an index analysed with Verbatim's
 * word analysis. One source for two Lucene versions (in {@code lucene/src/shared/java}): the
 * embedded archive renders with it on Lucene 10, the SolrCloud query parser plugin on Solr's Lucene
 * 9.
 */
package io.verbatim.lucene.query;
