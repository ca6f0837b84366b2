/**
 * HTML pages, read with jsoup: {@link io.verbatim.extract.html.KremlinHtmlReader} for the
 * president's site (en.kremlin.ru markup) and {@link io.verbatim.extract.html.GenericHtmlReader}
 * for any other site (title, dates in common markup, main text without navigation; mid.ru markup
 * read precisely).
 *
 * <p>Shared steps live in small package-private classes: parsing and meta tags ({@code HtmlPages}),
 * body paragraphs ({@code Paragraphs}), markup dates ({@code HtmlDates}), the main-text container
 * ({@code MainText}), titles ({@code PageTitle}) and what kremlin titles say ({@code
 * KremlinTitles}).
 */
package io.verbatim.extract.html;
