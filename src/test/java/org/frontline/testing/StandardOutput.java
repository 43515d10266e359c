package org.frontline.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a command prints, for tests of the command line. */
public final class StandardOutput {
  private StandardOutput() {}

  /** Runs {@code action} and returns what it printed to standard output. */
  public static String of(Runnable action) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      action.run();
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
