/**
 * HTML pages: official sites with known markup (en.kremlin.ru) and a generic reader for other sites
 * (title, dates in common markup, main text without navigation), built on jsoup.
 */
package io.verbatim.extract.html;
