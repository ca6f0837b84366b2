/**
 * Fuzz tests: every format reader and the query parser run on seeded mutations of the nasty and
 * golden corpora ({@link io.verbatim.fuzz.FuzzTest}, about a minute in {@code ./mvnw verify};
 * longer with {@code -Dverbatim.fuzz.seconds=N}), and every input the fuzzer ever broke them with
 * is kept under {@code src/test/resources/fuzz/} and replayed ({@link
 * io.verbatim.fuzz.FuzzRegressionTest}).
 */
package io.verbatim.fuzz;
