package org.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementReaderTest {

  @Test
  void statementsEndWithASemicolonAtTheEndOfALine() throws IOException {
    assertThat(
            statements(
                "SELECT 1;\n"
                    + "SELECT source,\n"
                    + "       count(*) FROM frontline.documents\n"
                    + "GROUP BY source ;  \n"
                    + "SELECT ';' AS semicolon;\n"))
        .containsExactly(
            "SELECT 1",
            "SELECT source,\n       count(*) FROM frontline.documents\nGROUP BY source",
            "SELECT ';' AS semicolon");
  }

  @Test
  void emptyStatementsAreSkippedAndALastOneMayLackItsSemicolon() throws IOException {
    assertThat(statements(";\n\n  ;\nSELECT 2\n")).containsExactly("SELECT 2");
    assertThat(statements("")).isEmpty();
  }

  private static List<String> statements(String input) throws IOException {
    List<String> read = new ArrayList<>();
    try (StatementReader reader =
        StatementReader.plain(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      for (String statement = reader.next(); statement != null; statement = reader.next()) {
        read.add(statement);
      }
    }
    return read;
  }
}
