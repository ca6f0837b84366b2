/**
 * The web UI: HTML pages served by the same server as the API, registered by {@link
 * io.verbatim.server.web.WebRoutes#register}. Pages use no inline scripts (the server's
 * Content-Security-Policy forbids them); scripts and styles come from the classpath's {@code
 * /static}.
 */
package io.verbatim.server.web;
