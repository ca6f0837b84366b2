package io.verbatim.fuzz;

import java.util.List;

/**
 * One thing to fuzz: its seeds, the syntax tokens its mutations insert, and the property every
 * input must keep.
 *
 * @param name a short name: also the folder of its regression inputs under {@code fuzz/}
 * @param seeds the inputs to mutate
 * @param tokens pieces of the format's syntax
 * @param property checks one input; throws {@link PropertyViolation} (or anything else) when the
 *     input breaks the property
 */
record FuzzTarget(String name, List<byte[]> seeds, List<String> tokens, Property property) {

  /** The property one input must keep. */
  @FunctionalInterface
  interface Property {
    void check(byte[] input) throws Exception;
  }

  /** The input broke the property in a way that is not an exception of the code under test. */
  static final class PropertyViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PropertyViolation(String message) {
      super(message);
    }
  }
}
