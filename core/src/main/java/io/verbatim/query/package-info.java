/**
 * The query language: {@link io.verbatim.query.QueryParser} reads what users type into a {@link
 * io.verbatim.query.QueryNode}, whose Javadoc states the search semantics; each archive backend
 * renders that node into its own query, so both answer alike.
 */
package io.verbatim.query;
