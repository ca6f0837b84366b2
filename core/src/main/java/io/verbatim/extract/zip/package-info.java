/**
 * Compressed inputs read safely: {@link io.verbatim.extract.zip.ZipInflationCheck} refuses a zip
 * archive (an xlsx workbook) that would inflate past {@link
 * io.verbatim.extract.zip.InflationLimits} before any reader parses it.
 */
package io.verbatim.extract.zip;
