package org.frontline.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * SQL statements read line by line, each ending with ';' at the end of a line; a last statement may
 * lack it. Subclasses say where lines come from: {@link #plain} reads a stream (scripts, pipes),
 * {@link TerminalStatementReader} a terminal with line editing and history.
 */
abstract class StatementReader implements Closeable {
  private final StringBuilder pending = new StringBuilder();

  /** The next line (or lines: a terminal hands over a whole statement), null at the end. */
  protected abstract String readLine() throws IOException;

  /** The next statement without its ';', or null at the end of input. */
  final String next() throws IOException {
    while (true) {
      String line = readLine();
      if (line == null) {
        String rest = pending.toString().strip();
        pending.setLength(0);
        return rest.isEmpty() ? null : rest;
      }
      pending.append(line).append('\n');
      String text = pending.toString().strip();
      if (text.endsWith(";")) {
        pending.setLength(0);
        String statement = text.substring(0, text.length() - 1).strip();
        if (!statement.isEmpty()) {
          return statement;
        }
      }
    }
  }

  /** Statements from a stream, read silently: no prompt, no history. */
  static StatementReader plain(InputStream in) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return new StatementReader() {
      @Override
      protected String readLine() throws IOException {
        return reader.readLine();
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }
}
