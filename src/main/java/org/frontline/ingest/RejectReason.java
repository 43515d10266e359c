package org.frontline.ingest;

/** Why an input file is in the rejects table instead of the documents table. */
public enum RejectReason {
  /** No bytes, or only white space once decoded (also HTML or JSON whose text is blank). */
  EMPTY("empty"),
  /** NUL bytes or mostly control bytes: not text. */
  BINARY("binary"),
  /** Not valid in the charset its BOM names, or no charset recognised with confidence. */
  UNDECODABLE("undecodable"),
  /** Larger than ingest.max-file-bytes, on disk or decompressed. */
  TOO_LARGE("too_large"),
  /** A .json file that does not parse as one JSON object. */
  MALFORMED_JSON("malformed_json"),
  /** A JSON object with none of the configured text fields. */
  JSON_WITHOUT_TEXT("json_without_text"),
  /** The file system failed to read it. */
  UNREADABLE("unreadable"),
  /** Another file of the run has the same URL (or the same relative path under the same root). */
  DUPLICATE_DOC_ID("duplicate_doc_id");

  private final String code;

  RejectReason(String code) {
    this.code = code;
  }

  /** The reason stored as {@code code}, as {@link TextDecoder} names its rejects. */
  public static RejectReason fromCode(String code) {
    for (RejectReason reason : values()) {
      if (reason.code.equals(code)) {
        return reason;
      }
    }
    throw new IllegalArgumentException("No reject reason is called " + code);
  }

  /** The value stored in {@code rejects.reason}. */
  public String code() {
    return code;
  }
}
