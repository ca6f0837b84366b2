/**
 * The statement record and its parts: what one published statement is, independent of where it was
 * read from and where it is stored.
 *
 * <p>Values are immutable records. {@link io.verbatim.model.Statement} is built with {@link
 * io.verbatim.model.Statement.Builder}, whose {@code with…} methods validate as they go. A field
 * the source does not state stays {@code null} (or empty for lists and maps); nothing is guessed
 * silently, and a value read indirectly (for example the speaker read from the title) is named in
 * {@link io.verbatim.model.Statement#inferred()}.
 */
package io.verbatim.model;
