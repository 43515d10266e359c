package org.frontline;

/**
 * Every column name of the pipeline, in one place. The table schemas with their comments are in
 * {@link org.frontline.publish.TableSchemas}.
 */
public final class Columns {
  private Columns() {}

  // Identity and provenance of an input file.
  public static final String DOC_ID = "doc_id";
  public static final String PATH = "path";
  public static final String URI = "uri";
  public static final String ROOT_NAME = "root_name";
  public static final String RELATIVE_PATH = "relative_path";
  public static final String SIZE = "size";
  public static final String FORMAT = "format";
  public static final String CHARSET = "charset";

  // Metadata as found (file fields, manifests), before the clean stage resolves it.
  public static final String RAW_URL = "raw_url";
  public static final String RAW_TITLE = "raw_title";
  public static final String RAW_PUBLISHED = "raw_published";
  public static final String RAW_SOURCE = "raw_source";
  public static final String MANIFEST_URL = "manifest_url";
  public static final String MANIFEST_TITLE = "manifest_title";
  public static final String MANIFEST_PUBLISHED = "manifest_published";
  public static final String MANIFEST_SOURCE = "manifest_source";
  public static final String TEXT = "text";

  // Rejects.
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";

  // Documents.
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String TOPIC = "topic";
  public static final String TOPIC_SCORES = "topic_scores";
  public static final String PUBLISHED_DATE = "published_date";
  public static final String PUBLISHED_BASIS = "published_basis";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String REMOVED_LINES = "removed_lines";
  public static final String CONTENT_HASH = "content_hash";

  public static final String KEYWORDS = "keywords";
  public static final String CLUSTER_ID = "cluster_id";
  public static final String IS_CANONICAL = "is_canonical";

  // Features, between stages.
  /**
   * The input of the saved TF-IDF model: a body's tokens ({@link org.frontline.features.Analyzer}).
   */
  public static final String TOKENS = "tokens";

  /** The TF-IDF model's tokens without stop words. */
  public static final String TERMS = "terms";

  /** Hashed term frequencies of {@link #TERMS}. */
  public static final String TERM_FREQUENCIES = "term_frequencies";

  /** The L2-normalised TF-IDF vector of {@link #TERMS}: cosine similarity is a dot product. */
  public static final String TFIDF = "tfidf";

  /** Body lines kept by the per-document rules, before repeated-line furniture is removed. */
  public static final String LINES = "lines";

  /** SHA-256 of the text as read, so exact copies count once when repeated lines are counted. */
  public static final String TEXT_HASH = "text_hash";

  // Claims.
  public static final String CLAIM_ID = "claim_id";
  public static final String CLAIM_KEY = "claim_key";
  public static final String CATEGORY = "category";
  public static final String KIND = "kind";
  public static final String ACTOR = "actor";
  public static final String VALUE_LOW = "value_low";
  public static final String VALUE_BEST = "value_best";
  public static final String VALUE_HIGH = "value_high";
  public static final String QUALIFIER = "qualifier";
  public static final String UNIT = "unit";
  public static final String VALUE_TEXT = "value_text";
  public static final String LOCATION = "location";
  public static final String ADMIN1 = "admin1";
  public static final String COUNTRY = "country";
  public static final String EVENT_DATE = "event_date";
  public static final String DATE_PRECISION = "date_precision";
  public static final String DATE_BASIS = "date_basis";
  public static final String DATE_TEXT = "date_text";
  public static final String CLAIMANT = "claimant";
  public static final String SENTENCE = "sentence";
  public static final String CHAR_START = "char_start";
  public static final String CHAR_END = "char_end";

  /** The claims of one document and the note on its extraction, before they are split. */
  public static final String CLAIMS = "claims";

  public static final String NOTE = "note";

  // Runs.
  public static final String RUN_ID = "run_id";
}
