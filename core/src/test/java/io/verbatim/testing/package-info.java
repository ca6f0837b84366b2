/**
 * Test support shared by every module's tests: the shared-corpus locator ({@link
 * io.verbatim.testing.SharedCorpus}), an in-memory archive, hostile inputs, the backend parity
 * questions ({@link io.verbatim.testing.BackendParity}) and the watcher of work stopped at its
 * budget ({@link io.verbatim.testing.StoppedWork}).
 */
package io.verbatim.testing;
