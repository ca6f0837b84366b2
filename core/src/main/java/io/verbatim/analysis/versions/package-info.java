/**
 * Language versions: how alike two statements in different languages are when no identifier links
 * them (date, speaker across scripts, entities, numbers), independent of the archive backend.
 */
package io.verbatim.analysis.versions;
