/**
 * The tab-separated tables Verbatim ships as resources, read one way for every package that has
 * them ({@link io.verbatim.analysis.tables.TsvRows}).
 */
package io.verbatim.analysis.tables;
