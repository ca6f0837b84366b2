/**
 * The JSON HTTP API under {@code /api}, registered by {@link io.verbatim.server.api.ApiRoutes}:
 * search, statements and their original bytes, concordance, timeline, analyses, export, upload and
 * delete. Its contract is the hand-written OpenAPI 3.1 document {@code openapi.json} (served at
 * {@code /api/openapi.json}); a test keeps the two in step.
 */
package io.verbatim.server.api;
