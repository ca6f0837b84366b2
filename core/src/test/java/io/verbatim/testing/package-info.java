/** Test support shared by every module's tests: the shared-corpus locator. */
package io.verbatim.testing;
