package org.frontline.clean;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;
import org.frontline.ingest.DocIds;
import org.frontline.ingest.RejectReason;
import org.frontline.util.Hashes;
import org.frontline.util.Rows;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Stage 2: page furniture out, source, title and publication date in.
 *
 * <p>{@link #pages} needs the ingest columns of readable files and produces {@link #PAGES}; pages
 * sharing a doc_id are split by {@link #rankById} into the document and rejects; {@link
 * #removeRepeatedLines} needs {@link #PAGES} and produces {@link #CLEANED}.
 */
public final class Clean {

  /** What the clean stage says of a document besides its text: id, origin, source, title, date. */
  private static final StructType METADATA =
      new StructType()
          .add(Columns.DOC_ID, DataTypes.StringType, false)
          .add(Columns.PATH, DataTypes.StringType, false)
          .add(Columns.URL, DataTypes.StringType)
          .add(Columns.SOURCE, DataTypes.StringType, false)
          .add(Columns.TITLE, DataTypes.StringType)
          .add(Columns.PUBLISHED_DATE, DataTypes.DateType)
          .add(Columns.PUBLISHED_BASIS, DataTypes.StringType)
          .add(Columns.FORMAT, DataTypes.StringType)
          .add(Columns.CHARSET, DataTypes.StringType)
          .add(Columns.SIZE, DataTypes.LongType, false);

  private static final DataType LINE_LIST = DataTypes.createArrayType(DataTypes.StringType, false);

  /** One document after the per-page rules: its metadata, kept and removed lines. */
  public static final StructType PAGES =
      METADATA
          .add(Columns.LINES, LINE_LIST, false)
          .add(Columns.REMOVED_LINES, LINE_LIST, false)
          .add(Columns.TEXT_HASH, DataTypes.StringType, false);

  /** One cleaned document: its metadata, body, removed lines and content hash. */
  public static final StructType CLEANED =
      METADATA
          .add(Columns.BODY, DataTypes.StringType, false)
          .add(Columns.REMOVED_LINES, LINE_LIST, false)
          .add(Columns.CONTENT_HASH, DataTypes.StringType, false);

  /** A page's place among the pages of its doc_id, by path, and the path of the first. */
  private static final String ID_RANK = "id_rank";

  private static final String ID_OWNER = "id_owner";

  private Clean() {}

  /** Applies the per-page rules and resolves id, source, title and date of each document. */
  public static Dataset<Row> pages(
      Dataset<Row> documents, CleanConfig config, SourceCatalog sources, boolean sourceFromFolder) {
    return documents.map(new PageFunction(config, sources, sourceFromFolder), Encoders.row(PAGES));
  }

  /**
   * Ranks each page among the pages of its doc_id by path: the first is the document ({@link
   * #firstOfEachId}), the others are rejected ({@link #duplicateIdRejects}).
   */
  public static Dataset<Row> rankById(Dataset<Row> pages) {
    WindowSpec byId = Window.partitionBy(Columns.DOC_ID).orderBy(Columns.PATH);
    return pages
        .withColumn(ID_RANK, row_number().over(byId))
        .withColumn(ID_OWNER, first(Columns.PATH).over(byId));
  }

  /** The first page of each doc_id, in {@link #PAGES} columns. */
  public static Dataset<Row> firstOfEachId(Dataset<Row> ranked) {
    return ranked.where(col(ID_RANK).equalTo(1)).drop(ID_RANK, ID_OWNER);
  }

  /** Rows of the rejects table for the pages that are not the first of their doc_id. */
  public static Dataset<Row> duplicateIdRejects(Dataset<Row> ranked) {
    return ranked
        .where(col(ID_RANK).gt(1))
        .select(
            col(Columns.PATH),
            lit(RejectReason.DUPLICATE_DOC_ID.code()).as(Columns.REASON),
            col(Columns.SIZE),
            concat(
                    lit("same doc_id as "),
                    col(ID_OWNER),
                    lit(" (same URL, or same path under a same-named root)"))
                .as(Columns.DETAIL));
  }

  /**
   * Removes lines repeated verbatim in many documents of one source (see clean.repeated-lines in
   * conf/frontline.conf) and joins the kept lines into the body.
   */
  public static Dataset<Row> removeRepeatedLines(
      SparkSession spark, Dataset<Row> pages, CleanConfig config) {
    Map<String, Set<String>> furniture = repeatedLines(pages, config);
    Broadcast<Map<String, Set<String>>> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(furniture);
    // BodyFunction copies the metadata by position, so the columns are put in PAGES order.
    return pages
        .select(Arrays.stream(PAGES.fieldNames()).map(functions::col).toArray(Column[]::new))
        .map(new BodyFunction(shared), Encoders.row(CLEANED));
  }

  /** Per source, the lines that count as furniture. Few by construction, so kept on the driver. */
  static Map<String, Set<String>> repeatedLines(Dataset<Row> pages, CleanConfig config) {
    Dataset<Row> distinctDocs =
        pages.select(col(Columns.SOURCE), col(Columns.TEXT_HASH)).distinct();
    Dataset<Row> perSource =
        distinctDocs.groupBy(Columns.SOURCE).agg(count_distinct(col(Columns.TEXT_HASH)).as("docs"));
    Dataset<Row> lineDocs =
        pages
            .select(
                col(Columns.SOURCE),
                col(Columns.TEXT_HASH),
                explode(
                        array_distinct(
                            filter(
                                col(Columns.LINES),
                                l -> length(l).leq(lit(config.repeatedMaxChars())))))
                    .as("line"))
            .groupBy(Columns.SOURCE, "line")
            .agg(count_distinct(col(Columns.TEXT_HASH)).as("line_docs"));
    List<Row> rows =
        lineDocs
            .join(perSource, Columns.SOURCE)
            .where(
                col("line_docs")
                    .geq(config.repeatedMinDocs())
                    .and(col("line_docs").geq(col("docs").multiply(config.repeatedMinShare()))))
            .select(Columns.SOURCE, "line")
            .collectAsList();
    Map<String, Set<String>> furniture = new HashMap<>();
    for (Row row : rows) {
      furniture.computeIfAbsent(row.getString(0), s -> new HashSet<>()).add(row.getString(1));
    }
    return furniture;
  }

  /** Runs {@link PageCleaner} and resolves the metadata of one document row. */
  static final class PageFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final PageCleaner cleaner;
    private final SourceCatalog sources;
    private final boolean sourceFromFolder;

    PageFunction(CleanConfig config, SourceCatalog sources, boolean sourceFromFolder) {
      List<String> signatures = new ArrayList<>();
      sources.outlets().forEach(o -> signatures.addAll(o.signatures()));
      this.cleaner = new PageCleaner(config, signatures);
      this.sources = sources;
      this.sourceFromFolder = sourceFromFolder;
    }

    @Override
    public Row call(Row in) {
      String text = in.getAs(Columns.TEXT);
      String url = firstNonBlank(in.getAs(Columns.MANIFEST_URL), in.getAs(Columns.RAW_URL));
      String knownTitle =
          firstNonBlank(in.getAs(Columns.MANIFEST_TITLE), in.getAs(Columns.RAW_TITLE));
      PageCleaner.Page page = cleaner.clean(text, knownTitle);

      String relativePath = in.getAs(Columns.RELATIVE_PATH);
      String folder =
          sourceFromFolder && relativePath.contains("/")
              ? relativePath.substring(0, relativePath.indexOf('/'))
              : null;
      String stated =
          firstNonBlank(in.getAs(Columns.MANIFEST_SOURCE), in.getAs(Columns.RAW_SOURCE));
      String source = sources.resolve(stated, url, PageCleaner.lines(text), folder);

      LocalDate published = null;
      String basis = null;
      String format = in.getAs(Columns.FORMAT);
      LocalDate fromManifest =
          PublicationDates.parseMetadata(in.getAs(Columns.MANIFEST_PUBLISHED)).orElse(null);
      LocalDate fromFile =
          PublicationDates.parseMetadata(in.getAs(Columns.RAW_PUBLISHED)).orElse(null);
      if (fromManifest != null) {
        published = fromManifest;
        basis = "manifest";
      } else if (fromFile != null) {
        published = fromFile;
        basis = format.startsWith("html") ? "html_meta" : "json";
      } else if (page.publishedDate() != null) {
        published = page.publishedDate();
        basis = page.publishedBasis();
      }

      return Rows.of(
          PAGES,
          DocIds.of(url, in.getAs(Columns.ROOT_NAME), relativePath),
          in.getAs(Columns.PATH),
          url,
          source,
          page.title(),
          published == null ? null : java.sql.Date.valueOf(published),
          basis,
          format,
          in.getAs(Columns.CHARSET),
          in.<Long>getAs(Columns.SIZE),
          CollectionConverters.asScala(page.lines()).toSeq(),
          CollectionConverters.asScala(page.removed()).toSeq(),
          Hashes.sha256Hex(text));
    }

    private static String firstNonBlank(String a, String b) {
      if (a != null && !a.isBlank()) {
        return a.strip();
      }
      return b != null && !b.isBlank() ? b.strip() : null;
    }
  }

  /** Drops a document's repeated-line furniture and joins its kept lines into the body. */
  static final class BodyFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Map<String, Set<String>>> furniture;

    BodyFunction(Broadcast<Map<String, Set<String>>> furniture) {
      this.furniture = furniture;
    }

    @Override
    public Row call(Row in) {
      String source = in.getAs(Columns.SOURCE);
      Set<String> repeated = furniture.value().getOrDefault(source, Set.of());
      List<String> lines = in.getList(in.fieldIndex(Columns.LINES));
      List<String> removed = new ArrayList<>(in.getList(in.fieldIndex(Columns.REMOVED_LINES)));
      List<String> kept = new ArrayList<>(lines.size());
      List<String> repeatedHere = new ArrayList<>();
      for (String line : lines) {
        (repeated.contains(line) ? repeatedHere : kept).add(line);
      }
      // A page made only of repeated lines (a newsletter's standard abstract) keeps them: an
      // empty body would say less than the boilerplate does.
      if (kept.isEmpty()) {
        kept = lines;
      } else {
        removed.addAll(repeatedHere);
      }
      String body = String.join("\n\n", kept);
      Object[] values = new Object[CLEANED.length()];
      for (int i = 0; i < METADATA.length(); i++) {
        values[i] = in.get(i);
      }
      values[METADATA.length()] = body;
      values[METADATA.length() + 1] = CollectionConverters.asScala(removed).toSeq();
      values[METADATA.length() + 2] = Hashes.sha256Hex(body);
      return Rows.of(CLEANED, values);
    }
  }
}
