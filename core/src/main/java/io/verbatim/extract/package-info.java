/**
 * Extraction: reading what a page says about itself. Shared readers of dates ({@link
 * io.verbatim.extract.DateReader}), languages ({@link io.verbatim.extract.LanguageDetector}) and
 * titles live here; each sub-package is one family of input formats.
 */
package io.verbatim.extract;
