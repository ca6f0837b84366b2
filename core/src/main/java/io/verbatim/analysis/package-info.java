/**
 * Analysis: what the archive's texts say beyond their words. Sub-packages hold morphology (lemmas
 * of inflected words) and entity mentions (countries, organisations, people).
 */
package io.verbatim.analysis;
