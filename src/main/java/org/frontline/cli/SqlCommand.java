package org.frontline.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontline.config.FrontlineConfig;
import org.frontline.publish.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * SQL over the tables of a warehouse, named in the session's catalog as the job names them ({@code
 * frontline.documents}, {@code frontline.rejects}, ..., and the views whose tables exist). With no
 * query it reads statements ending in ';': at a terminal with line editing and history, else
 * silently from standard input.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = "Runs SQL over the Delta tables of a warehouse.")
final class SqlCommand implements Callable<Integer> {

  enum Format {
    table,
    csv,
    json
  }

  @Option(
      names = "--warehouse",
      required = true,
      paramLabel = "DIR",
      description = "The warehouse folder (or URI).")
  String warehouse;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--max-rows",
      defaultValue = "1000",
      description = "Most rows printed in table format (default ${DEFAULT-VALUE}).")
  int maxRows;

  @Option(
      names = "--truncate",
      defaultValue = "80",
      description = "Longest cell in table format, 0 for no limit (default ${DEFAULT-VALUE}).")
  int truncate;

  @Parameters(arity = "0..1", paramLabel = "SQL", description = "The query; none for a prompt.")
  String query;

  @Override
  public Integer call() throws IOException {
    FrontlineConfig config = FrontlineConfig.load(null);
    try (Sessions.Session session = Sessions.open("frontline-sql", config.spark())) {
      SparkSession spark = session.spark();
      Path root = new Path(warehouse);
      if (!root.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(root)) {
        throw new IllegalArgumentException("Warehouse " + warehouse + " does not exist");
      }
      List<String> names = Catalog.register(spark, warehouse, config.catalog().namespace());
      if (names.isEmpty()) {
        throw new IllegalArgumentException("Warehouse " + warehouse + " holds no Frontline table");
      }
      if (query != null) {
        print(spark.sql(query), System.out);
        return 0;
      }
      return prompt(spark, names);
    }
  }

  /** Runs every statement read; exit code 1 when one failed. */
  private int prompt(SparkSession spark, List<String> names) throws IOException {
    boolean interactive = System.console() != null;
    if (interactive) {
      System.out.println("Tables and views: " + String.join(", ", names) + ".");
      System.out.println(
          "End statements with ';'. Ctrl-C drops a statement, Ctrl-D quits; history in "
              + TerminalStatementReader.HISTORY
              + ".");
    }
    int failures = 0;
    try (StatementReader statements =
        interactive ? new TerminalStatementReader() : StatementReader.plain(System.in)) {
      for (String sql = statements.next(); sql != null; sql = statements.next()) {
        try {
          print(spark.sql(sql), System.out);
        } catch (Exception e) {
          // Spark's AnalysisException is a checked exception, so RuntimeException would miss it.
          failures++;
          System.err.println("error: " + e.getMessage().lines().findFirst().orElse(""));
        }
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private void print(Dataset<Row> result, PrintStream out) {
    switch (format) {
      case table -> result.show(maxRows, truncate);
      case json -> result.toJSON().collectAsList().forEach(out::println);
      case csv -> {
        Dataset<Row> flat = nestedAsJson(result);
        out.println(csvLine(List.of(flat.columns())));
        for (Row row : flat.collectAsList()) {
          List<Object> cells = new ArrayList<>(row.length());
          for (int i = 0; i < row.length(); i++) {
            cells.add(row.get(i));
          }
          out.println(csvLine(cells));
        }
      }
    }
    out.flush();
  }

  /** Arrays, maps and structs as JSON text, so a CSV cell holds something a reader can parse. */
  private static Dataset<Row> nestedAsJson(Dataset<Row> result) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : result.schema().fields()) {
      Column column = col(quoted(field.name()));
      boolean nested =
          field.dataType() instanceof ArrayType
              || field.dataType() instanceof MapType
              || field.dataType() instanceof StructType;
      columns.add(nested ? to_json(column).as(field.name()) : column);
    }
    return result.select(columns.toArray(Column[]::new));
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** One RFC 4180 line: cells with a comma, quote or line break are quoted. */
  static String csvLine(List<?> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      Object cell = cells.get(i);
      String text = cell == null ? "" : cell.toString();
      if (text.indexOf(',') >= 0
          || text.indexOf('"') >= 0
          || text.indexOf('\n') >= 0
          || text.indexOf('\r') >= 0) {
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
      } else {
        line.append(text);
      }
    }
    return line.toString();
  }
}
