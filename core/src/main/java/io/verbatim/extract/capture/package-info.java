/**
 * Text captures of ministry pages (the mid.ru family and embassy republications): date line, title,
 * language-versions line, body, site chrome. The title reader derives speaker, role, genre, event,
 * place and event date from titles written the way these sites write them.
 */
package io.verbatim.extract.capture;
