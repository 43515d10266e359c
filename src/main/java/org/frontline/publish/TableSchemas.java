package org.frontline.publish;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;

/**
 * The schemas of the output tables with their column comments: the one place they are defined. Each
 * table's key and partition columns are here too.
 */
public final class TableSchemas {
  private TableSchemas() {}

  /** An output table: where it lives below the warehouse, its schema, key and partitions. */
  public record Table(
      String name, String comment, StructType schema, String key, List<String> partitionedBy) {}

  // Delta enforces NOT NULL only on top-level columns, so nested types are declared nullable.
  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);

  /** The input file a document or reject came from. */
  private static final StructField INPUT_PATH =
      field(Columns.PATH, DataTypes.StringType, false, "The input file, as a plain readable path");

  private static final StructField INPUT_SIZE =
      field(Columns.SIZE, DataTypes.LongType, false, "Size of the input file in bytes");

  /** A label and its score; an array of these keeps the labels in taxonomy order. */
  public static final StructType TOPIC_SCORE =
      new StructType().add("label", DataTypes.StringType).add("score", DataTypes.DoubleType);

  /** A keyword and its weight; an array of these lists a document's keywords, best first. */
  public static final StructType KEYWORD =
      new StructType().add("term", DataTypes.StringType).add("weight", DataTypes.DoubleType);

  public static final Table DOCUMENTS =
      new Table(
          "documents",
          "One row per input article, page furniture removed. Partitioned by source and topic.",
          new StructType(
              new StructField[] {
                field(
                    Columns.DOC_ID,
                    DataTypes.StringType,
                    false,
                    "Stable id: SHA-256 of the URL when known, else of the input folder name and the path below it (20 hex digits)"),
                INPUT_PATH,
                field(
                    Columns.URL,
                    DataTypes.StringType,
                    true,
                    "The article URL from the manifest or the file, else null"),
                field(
                    Columns.SOURCE,
                    DataTypes.StringType,
                    false,
                    "Normalised outlet id: manifest or file field, URL host, page signature, folder, else 'unknown'"),
                field(
                    Columns.TOPIC,
                    DataTypes.StringType,
                    false,
                    "The best-scoring label of the topic taxonomy (conf/topics.conf)"),
                field(
                    Columns.TOPIC_SCORES,
                    DataTypes.createArrayType(TOPIC_SCORE, true),
                    false,
                    "Score of every taxonomy label, in taxonomy order"),
                field(
                    Columns.PUBLISHED_DATE,
                    DataTypes.DateType,
                    true,
                    "Publication date, null when none is found (never guessed)"),
                field(
                    Columns.PUBLISHED_BASIS,
                    DataTypes.StringType,
                    true,
                    "Where the date came from: manifest, json, html_meta, header, dateline, published_line, or cluster (none found: the earliest date of its near-duplicate cluster); null without a date"),
                field(
                    Columns.TITLE,
                    DataTypes.StringType,
                    true,
                    "Title from the manifest or the file, else the first headline-like line"),
                field(
                    Columns.BODY,
                    DataTypes.StringType,
                    false,
                    "The cleaned article text, paragraphs separated by a blank line"),
                field(Columns.REMOVED_LINES, STRINGS, false, "The lines removed as page furniture"),
                field(
                    Columns.CONTENT_HASH,
                    DataTypes.StringType,
                    false,
                    "SHA-256 of the body: equal hashes are exact copies"),
                field(
                    Columns.FORMAT,
                    DataTypes.StringType,
                    false,
                    "How the file was read: text, json or html, +gzip when compressed"),
                field(
                    Columns.CHARSET,
                    DataTypes.StringType,
                    false,
                    "The charset the file was decoded with"),
                INPUT_SIZE,
                // Columns added after the first release are nullable: Delta can only add nullable
                // columns to a table written before (see Publish.ensureTable). Runs always set
                // them.
                field(
                    Columns.KEYWORDS,
                    DataTypes.createArrayType(KEYWORD, true),
                    true,
                    "The body's top TF-IDF terms (stop words left out), best first, with their weight in the document's L2-normalised TF-IDF vector"),
                field(
                    Columns.CLUSTER_ID,
                    DataTypes.StringType,
                    true,
                    "The near-duplicate cluster (see the clusters table); a document with no copy is a cluster of its own"),
                field(
                    Columns.IS_CANONICAL,
                    DataTypes.BooleanType,
                    true,
                    "Whether this document stands for its cluster: earliest publication date, then longest body, then smallest doc_id"),
              }),
          Columns.DOC_ID,
          List.of(Columns.SOURCE, Columns.TOPIC));

  public static final Table REJECTS =
      new Table(
          "rejects",
          "Every input file that could not be read as an article, with the reason.",
          new StructType(
              new StructField[] {
                INPUT_PATH,
                field(
                    Columns.REASON,
                    DataTypes.StringType,
                    false,
                    "empty, binary, undecodable, too_large, malformed_json, json_without_text, unreadable or duplicate_doc_id"),
                INPUT_SIZE,
                field(Columns.DETAIL, DataTypes.StringType, true, "What exactly was wrong"),
              }),
          Columns.PATH,
          List.of());

  public static final Table RUNS =
      new Table(
          "runs",
          "One row per pipeline run: inputs, counts, timings and the configuration digest.",
          new StructType(
              new StructField[] {
                field(
                    Columns.RUN_ID,
                    DataTypes.StringType,
                    false,
                    "Unique id of the run (start time and a random suffix)"),
                field("started_at", DataTypes.TimestampType, false, "When the run started"),
                field(
                    "finished_at", DataTypes.TimestampType, false, "When the run finished writing"),
                field("inputs", STRINGS, false, "The --input arguments"),
                field(
                    "files_seen",
                    DataTypes.LongType,
                    false,
                    "Input files listed (manifests excluded)"),
                field("manifests", DataTypes.LongType, false, "Manifest files found"),
                field("documents", DataTypes.LongType, false, "Documents produced by the run"),
                field(
                    "documents_inserted", DataTypes.LongType, false, "Documents new to the table"),
                field(
                    "documents_updated",
                    DataTypes.LongType,
                    false,
                    "Documents whose stored row changed"),
                field("rejects", DataTypes.LongType, false, "Files rejected by the run"),
                field(
                    "rejects_by_reason",
                    DataTypes.createArrayType(count("reason"), true),
                    false,
                    "Rejects per reason"),
                field(
                    "stage_millis",
                    DataTypes.createArrayType(
                        new StructType()
                            .add("stage", DataTypes.StringType)
                            .add("millis", DataTypes.LongType),
                        false),
                    false,
                    "Wall time of each stage in milliseconds"),
                field(
                    "config_digest",
                    DataTypes.StringType,
                    false,
                    "SHA-256 of every setting in force"),
                field("spark_version", DataTypes.StringType, false, "Spark version of the run"),
                field(
                    "duplicate_clusters",
                    DataTypes.LongType,
                    true,
                    "Near-duplicate clusters of two documents or more"),
                field(
                    "duplicates",
                    DataTypes.LongType,
                    true,
                    "Documents in those clusters that are not canonical"),
              }),
          Columns.RUN_ID,
          List.of());

  /** One claim of one document, as ../shared/CLAIMS.md defines it. */
  public static final Table CLAIMS =
      new Table(
          "claims",
          "One row per territorial or casualty claim per document (../shared/CLAIMS.md). Partitioned by source and topic.",
          new StructType(
              new StructField[] {
                field(
                    Columns.CLAIM_ID,
                    DataTypes.StringType,
                    false,
                    "Stable id: SHA-256 of doc_id, char_start, kind and the offset of the claim's words (20 hex digits)"),
                field(Columns.DOC_ID, DataTypes.StringType, false, "The document making the claim"),
                field(
                    Columns.CLUSTER_ID,
                    DataTypes.StringType,
                    true,
                    "The document's near-duplicate cluster, null when the documents have none"),
                field(Columns.SOURCE, DataTypes.StringType, false, "The document's source"),
                field(Columns.TOPIC, DataTypes.StringType, false, "The document's topic"),
                field(
                    Columns.PUBLISHED_DATE,
                    DataTypes.DateType,
                    true,
                    "The document's publication date: the day the claim was reported"),
                field(Columns.CATEGORY, DataTypes.StringType, false, "territorial or casualty"),
                field(
                    Columns.KIND,
                    DataTypes.StringType,
                    false,
                    "place_taken, place_lost, withdrawal, settlements_taken, area_gained, area_lost, area_controlled, control_share; killed, wounded, captured, missing, casualties"),
                field(
                    Columns.ACTOR,
                    DataTypes.StringType,
                    true,
                    "Territorial: the side gaining, holding, losing or withdrawing; casualty: whose people (ukraine, russia, civilians); null when unsaid"),
                field(
                    Columns.VALUE_LOW,
                    DataTypes.DoubleType,
                    true,
                    "Lowest value the words allow; null when open or without a number"),
                field(
                    Columns.VALUE_BEST,
                    DataTypes.DoubleType,
                    true,
                    "The number to count (the conservative end of a range); null without a number"),
                field(
                    Columns.VALUE_HIGH,
                    DataTypes.DoubleType,
                    true,
                    "Highest value the words allow; null when open or without a number"),
                field(
                    Columns.QUALIFIER,
                    DataTypes.StringType,
                    true,
                    "exact, approx, at_least, more_than, at_most, fewer_than or vague"),
                field(
                    Columns.UNIT,
                    DataTypes.StringType,
                    true,
                    "km2 (square miles converted), percent, settlements, people, or null"),
                field(
                    Columns.VALUE_TEXT,
                    DataTypes.StringType,
                    true,
                    "The words the number came from, as written"),
                field(
                    Columns.LOCATION,
                    DataTypes.StringType,
                    true,
                    "The place, in the gazetteer's canonical spelling (conf/gazetteer)"),
                field(Columns.ADMIN1, DataTypes.StringType, true, "The place's oblast or region"),
                field(Columns.COUNTRY, DataTypes.StringType, true, "The place's country"),
                field(
                    Columns.EVENT_DATE,
                    DataTypes.DateType,
                    true,
                    "The day the claim refers to; null when it cannot be known"),
                field(
                    Columns.DATE_PRECISION,
                    DataTypes.StringType,
                    false,
                    "day, week, month, year or unknown"),
                field(
                    Columns.DATE_BASIS,
                    DataTypes.StringType,
                    false,
                    "explicit (a date in the sentence), relative (resolved against the publication date), publication, none"),
                field(
                    Columns.DATE_TEXT, DataTypes.StringType, true, "The words the date came from"),
                field(
                    Columns.CLAIMANT,
                    DataTypes.StringType,
                    true,
                    "Who asserts the claim when the article attributes it; null when the article does"),
                field(Columns.SENTENCE, DataTypes.StringType, false, "The evidence sentence"),
                field(
                    Columns.CHAR_START,
                    DataTypes.IntegerType,
                    false,
                    "Offset of the sentence in the document body"),
                field(
                    Columns.CHAR_END,
                    DataTypes.IntegerType,
                    false,
                    "Offset after the sentence in the document body"),
                field(
                    Columns.CLAIM_KEY,
                    DataTypes.StringType,
                    false,
                    "The claim without its document: kind|actor|location|value_best|event_date; equal keys are the same claim reported twice"),
              }),
          Columns.CLAIM_ID,
          List.of(Columns.SOURCE, Columns.TOPIC));

  /** How widely each claim is carried, recomputed from the claims table on every run. */
  public static final Table CLAIM_REPORTS =
      new Table(
          "claim_reports",
          "One row per claim_key: how many documents, sources and duplicate clusters carry the claim, and when it was first and last reported.",
          new StructType(
              new StructField[] {
                field(
                    Columns.CLAIM_KEY,
                    DataTypes.StringType,
                    false,
                    "kind|actor|location|value_best|event_date"),
                field(Columns.CATEGORY, DataTypes.StringType, false, "territorial or casualty"),
                field(Columns.KIND, DataTypes.StringType, false, "The kind of claim"),
                field(Columns.ACTOR, DataTypes.StringType, true, "The side, or null"),
                field(Columns.LOCATION, DataTypes.StringType, true, "The place, or null"),
                field(Columns.VALUE_BEST, DataTypes.DoubleType, true, "The number, or null"),
                field(Columns.UNIT, DataTypes.StringType, true, "The unit, or null"),
                field(Columns.EVENT_DATE, DataTypes.DateType, true, "The day, or null"),
                field("documents", DataTypes.LongType, false, "Documents carrying the claim"),
                field("sources", DataTypes.LongType, false, "Distinct sources carrying it"),
                field(
                    "clusters",
                    DataTypes.LongType,
                    false,
                    "Distinct near-duplicate clusters carrying it (a document without a cluster counts as its own)"),
                field(
                    "first_reported",
                    DataTypes.DateType,
                    true,
                    "Earliest publication date of a document carrying it"),
                field(
                    "last_reported",
                    DataTypes.DateType,
                    true,
                    "Latest publication date of a document carrying it"),
                field("source_list", STRINGS, false, "The sources carrying it, sorted"),
              }),
          Columns.CLAIM_KEY,
          List.of());

  /** Documents whose extraction was cut short, so a reader knows their claims are partial. */
  public static final Table CLAIM_NOTES =
      new Table(
          "claim_notes",
          "One row per document whose claim extraction fell short (time cap, or a rule that failed"
              + " on some sentences), with why.",
          new StructType(
              new StructField[] {
                field(Columns.DOC_ID, DataTypes.StringType, false, "The document"),
                field(Columns.PATH, DataTypes.StringType, false, "The input file"),
                field(Columns.REASON, DataTypes.StringType, false, "time_cap or rule_error"),
                field(
                    Columns.DETAIL,
                    DataTypes.StringType,
                    false,
                    "What was done before stopping, or which sentences a failing rule cost"),
              }),
          Columns.DOC_ID,
          List.of());

  public static final Table CLUSTERS =
      new Table(
          "clusters",
          "One row per near-duplicate cluster of the documents table; a document with no copy is a cluster of one.",
          new StructType(
              new StructField[] {
                field(
                    Columns.CLUSTER_ID,
                    DataTypes.StringType,
                    false,
                    "Stable id: SHA-256 of the smallest doc_id in the cluster (20 hex digits)"),
                field(
                    "canonical_doc_id",
                    DataTypes.StringType,
                    false,
                    "The member that stands for the cluster: earliest publication date, then longest body, then smallest doc_id"),
                field("members", STRINGS, false, "The doc_id of every member, sorted"),
                field(Columns.SIZE, DataTypes.LongType, false, "Number of members"),
                field("sources", STRINGS, false, "The distinct sources of the members, sorted"),
                field(
                    "min_jaccard",
                    DataTypes.DoubleType,
                    true,
                    "Least Jaccard similarity of word shingles over the verified links inside the cluster (exact copies count 1); null for a cluster of one"),
                field(
                    "mean_jaccard",
                    DataTypes.DoubleType,
                    true,
                    "Mean Jaccard similarity over the verified links; null for a cluster of one"),
                field(
                    "min_cosine",
                    DataTypes.DoubleType,
                    true,
                    "Least TF-IDF cosine similarity over the verified links; null for a cluster of one"),
                field(
                    "mean_cosine",
                    DataTypes.DoubleType,
                    true,
                    "Mean TF-IDF cosine similarity over the verified links; null for a cluster of one"),
                field(
                    "first_published",
                    DataTypes.DateType,
                    true,
                    "Earliest publication date of the members; null when none has one"),
                field(
                    "last_published",
                    DataTypes.DateType,
                    true,
                    "Latest publication date of the members; null when none has one"),
              }),
          Columns.CLUSTER_ID,
          List.of());

  public static final List<Table> ALL =
      List.of(DOCUMENTS, CLUSTERS, REJECTS, RUNS, CLAIMS, CLAIM_REPORTS, CLAIM_NOTES);

  private static StructType count(String name) {
    return new StructType().add(name, DataTypes.StringType).add("files", DataTypes.LongType);
  }

  private static StructField field(String name, DataType type, boolean nullable, String comment) {
    Metadata metadata = new MetadataBuilder().putString("comment", comment).build();
    return new StructField(name, type, nullable, metadata);
  }
}
