/**
 * Corpus files: the UN General Debate Corpus layout, and CSV / JSON Lines files with a column
 * mapping. One file yields many statements; a bad row is reported and the other rows go on.
 */
package io.verbatim.extract.corpus;
