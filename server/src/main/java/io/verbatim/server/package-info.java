/**
 * The HTTP server over any {@link io.verbatim.archive.Archive}: {@link
 * io.verbatim.server.VerbatimServer} starts Javalin (Jetty 12) with the JSON API ({@code
 * io.verbatim.server.api}) and the web UI ({@code io.verbatim.server.web}). Cross-cutting concerns
 * live here once: configuration and limits ({@link io.verbatim.server.ServerConfig}), request
 * parameters ({@link io.verbatim.server.RequestParameters}), JSON errors ({@link
 * io.verbatim.server.ApiException}, {@link io.verbatim.server.ErrorResponses}), security headers
 * and the bearer token.
 */
package io.verbatim.server;
