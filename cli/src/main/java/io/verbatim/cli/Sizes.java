package io.verbatim.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads sizes such as {@code 512k}, {@code 64m}, {@code 1g} or plain bytes. */
final class Sizes implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long unit = 1;
    if (v.endsWith("k")) {
      unit = 1L << 10;
    } else if (v.endsWith("m")) {
      unit = 1L << 20;
    } else if (v.endsWith("g")) {
      unit = 1L << 30;
    }
    if (unit > 1) {
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v.strip());
      if (n <= 0) {
        throw new CommandLine.TypeConversionException("a size must be positive: " + value);
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new CommandLine.TypeConversionException(
          "not a size: '" + value + "' (use e.g. 512k, 64m, 1g or a number of bytes)");
    }
  }
}
