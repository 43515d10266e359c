package org.frontline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Jupyter notebooks of notebooks/ as the tests read them: a notebook's SQL is each {@code
 * spark.sql("""...""")} of its code cells, and a cell guarded by {@code if needs("claims"):} waits
 * for that table.
 */
public final class Notebooks {
  private static final Path FOLDER = Path.of("notebooks");
  private static final Pattern SQL =
      Pattern.compile("spark\\.sql\\(\\s*\"\"\"(.*?)\"\"\"\\s*\\)", Pattern.DOTALL);
  private static final Pattern NEEDS = Pattern.compile("needs\\(\"(\\w+)\"\\)");

  private Notebooks() {}

  /** One SQL statement of a notebook, with the table its cell waits for (null: none). */
  public record Statement(String notebook, int cell, String sql, String needs) {}

  /** A notebook's code cells, by their index among all its cells. */
  public record Notebook(String name, List<Integer> cellIndexes, List<String> codeCells) {

    /** Its SQL statements, after checking that none escapes the form the test reads. */
    public List<Statement> statements() {
      List<Statement> statements = new ArrayList<>();
      // The first code cell is the setup: the session and the catalog names, no SQL.
      for (int i = 1; i < codeCells.size(); i++) {
        String code = codeCells.get(i);
        int cell = cellIndexes.get(i);
        Matcher needs = NEEDS.matcher(code);
        String needed = needs.find() ? needs.group(1) : null;
        Matcher sql = SQL.matcher(code);
        int found = 0;
        while (sql.find()) {
          found++;
          String statement = sql.group(1).strip();
          assertThat(statement)
              .as("%s cell %d: Python would read a backslash differently", name, cell)
              .doesNotContain("\\");
          statements.add(new Statement(name, cell, statement, needed));
        }
        assertThat(code.split("spark\\.sql\\(", -1).length - 1)
            .as("%s cell %d: each spark.sql takes one literal in triple quotes", name, cell)
            .isEqualTo(found);
      }
      return statements;
    }
  }

  /** Every notebook of notebooks/, in name order. */
  public static List<Notebook> all() throws IOException {
    List<Notebook> notebooks = new ArrayList<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList()) {
        JsonNode cells = new ObjectMapper().readTree(file.toFile()).path("cells");
        List<Integer> indexes = new ArrayList<>();
        List<String> code = new ArrayList<>();
        for (int index = 0; index < cells.size(); index++) {
          JsonNode cell = cells.get(index);
          if (cell.path("cell_type").asText().equals("code")) {
            // nbformat stores a cell's source as one string or as a list of lines.
            JsonNode source = cell.path("source");
            StringBuilder text = new StringBuilder(source.isTextual() ? source.asText() : "");
            source.forEach(line -> text.append(line.asText()));
            indexes.add(index);
            code.add(text.toString());
          }
        }
        notebooks.add(new Notebook(file.getFileName().toString(), indexes, code));
      }
    }
    return notebooks;
  }
}
