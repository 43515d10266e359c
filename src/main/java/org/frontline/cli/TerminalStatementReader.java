package org.frontline.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Statements typed at a terminal, with JLine's line editing and a history of whole statements kept
 * across sessions in {@code ~/.frontline_sql_history}. Enter on a line that does not end with ';'
 * continues the statement on the next line; Ctrl-C drops it, Ctrl-D ends the session. The only
 * class that touches JLine, so the rest of the command runs without it (the application jar leaves
 * JLine out).
 */
final class TerminalStatementReader extends StatementReader {
  static final Path HISTORY = Path.of(System.getProperty("user.home"), ".frontline_sql_history");

  private final Terminal terminal;
  private final LineReader reader;

  TerminalStatementReader() throws IOException {
    terminal = TerminalBuilder.builder().system(true).build();
    reader =
        LineReaderBuilder.builder()
            .appName("frontline")
            .terminal(terminal)
            .parser(new StatementParser())
            .variable(LineReader.HISTORY_FILE, HISTORY)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, "       ..> ")
            // '!' is SQL's negation, not a history reference.
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
  }

  @Override
  protected String readLine() {
    while (true) {
      try {
        return reader.readLine("frontline> ");
      } catch (UserInterruptException e) {
        // Ctrl-C: the statement being typed is dropped; read the next one.
      } catch (EndOfFileException e) {
        return null;
      }
    }
  }

  @Override
  public void close() throws IOException {
    reader.getHistory().save();
    terminal.close();
  }

  /** Accepts the buffer only once it ends with ';', so a statement is one history entry. */
  private static final class StatementParser extends DefaultParser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      String text = line.strip();
      if (context == ParseContext.ACCEPT_LINE && !text.isEmpty() && !text.endsWith(";")) {
        throw new EOFError(-1, -1, "the statement continues until ';'");
      }
      return super.parse(line, cursor, context);
    }
  }
}
