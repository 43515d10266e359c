package org.frontline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the raw bytes of a scraped file into normalised text, or says why it cannot.
 *
 * <p>Scraped files come from many sites and tools, so their encoding is unknown and sometimes
 * wrong. Guessing silently would put mojibake into the curated tables, where it is much harder to
 * find than a rejected file; the decoder therefore only accepts an encoding it has evidence for and
 * otherwise returns a reject reason that the caller records. The rules, applied in order:
 *
 * <ol>
 *   <li>A byte order mark is authoritative: the file is decoded strictly in that encoding, BOM
 *       stripped, and a malformed sequence rejects it as {@value #UNDECODABLE} rather than falling
 *       back to a guess.
 *   <li>A NUL byte or more than 10% control bytes in the first 8 KiB means {@value #BINARY}: no
 *       text encoding without a BOM produces those, and images or archives saved with a text
 *       extension would otherwise decode as garbage in a single-byte charset.
 *   <li>Strictly valid UTF-8 is taken as UTF-8; random or legacy bytes almost never are.
 *   <li>Otherwise ICU's statistical detector picks among single-byte legacy charsets; if its best
 *       guess is below the caller's confidence threshold the file is {@value #UNDECODABLE}.
 * </ol>
 *
 * <p>Accepted text is normalised (LF line ends, NFC, no U+FEFF) so that downstream hashing,
 * deduplication and sentence splitting see one spelling of the same content. Deciding whether the
 * text is blank is left to the caller, which owns that reject reason.
 */
public final class TextDecoder {

  /** Reject reason for files that are not text at all. */
  public static final String BINARY = "binary";

  /** Reject reason for text whose encoding is broken or cannot be determined. */
  public static final String UNDECODABLE = "undecodable";

  /** How much of the file the binary sniff looks at; enough to see any real header or body. */
  private static final int SNIFF_BYTES = 8 * 1024;

  /** Share of control bytes (in percent) above which a file is called binary. */
  private static final int MAX_CONTROL_PERCENT = 10;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};
  private static final byte[] UTF32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

  /**
   * The ICU detector results we accept, mapped to the Java charset that decodes them.
   *
   * <p>Only single-byte charsets are listed: without a BOM, UTF-16/32 was already ruled out by the
   * NUL check and UTF-8 by the strict decode, and ICU's multi-byte East Asian recognisers give
   * random high bytes confidences near 50, far above what real legacy European text needs. Like
   * browsers (WHATWG Encoding Standard), ISO-8859-1 and ISO-8859-9 are read as their Windows
   * supersets, which print bytes 0x80-0x9F as punctuation instead of invisible C1 controls.
   * ISO-8859-8-I (logical-order Hebrew) has the same byte mapping as ISO-8859-8, which Java knows.
   */
  private static final Map<String, Charset> DETECTABLE =
      Map.ofEntries(
          Map.entry("windows-1252", Charset.forName("windows-1252")),
          Map.entry("ISO-8859-1", Charset.forName("windows-1252")),
          Map.entry("ISO-8859-2", Charset.forName("ISO-8859-2")),
          Map.entry("windows-1250", Charset.forName("windows-1250")),
          Map.entry("ISO-8859-5", Charset.forName("ISO-8859-5")),
          Map.entry("windows-1251", Charset.forName("windows-1251")),
          Map.entry("KOI8-R", Charset.forName("KOI8-R")),
          Map.entry("ISO-8859-6", Charset.forName("ISO-8859-6")),
          Map.entry("windows-1256", Charset.forName("windows-1256")),
          Map.entry("ISO-8859-7", Charset.forName("ISO-8859-7")),
          Map.entry("windows-1253", Charset.forName("windows-1253")),
          Map.entry("ISO-8859-8", Charset.forName("ISO-8859-8")),
          Map.entry("ISO-8859-8-I", Charset.forName("ISO-8859-8")),
          Map.entry("windows-1255", Charset.forName("windows-1255")),
          Map.entry("ISO-8859-9", Charset.forName("windows-1254")),
          Map.entry("windows-1254", Charset.forName("windows-1254")));

  private TextDecoder() {}

  /**
   * The outcome of {@link #decode}: either {@code text} and {@code charset} are set, or {@code
   * rejectReason} and {@code detail} are, never a mix.
   *
   * @param text the normalised text, possibly blank
   * @param charset the canonical Java name of the charset the text was decoded with
   * @param rejectReason {@link #BINARY} or {@link #UNDECODABLE}
   * @param detail a human-readable explanation for the reject log
   */
  public record Decoded(String text, String charset, String rejectReason, String detail) {

    /** Enforces the either-or shape so callers can rely on {@link #ok()} alone. */
    public Decoded {
      boolean success = text != null && charset != null && rejectReason == null && detail == null;
      boolean rejected = text == null && charset == null && rejectReason != null && detail != null;
      if (!success && !rejected) {
        throw new IllegalArgumentException(
            "either text and charset or rejectReason and detail must be set");
      }
    }

    /** A successfully decoded text. */
    public static Decoded success(String text, String charset) {
      return new Decoded(text, charset, null, null);
    }

    /** A rejected file with the reason the caller records and a detail for humans. */
    public static Decoded rejected(String rejectReason, String detail) {
      return new Decoded(null, null, rejectReason, detail);
    }

    /** Whether the bytes were decoded; if not, {@link #rejectReason()} says why. */
    public boolean ok() {
      return text != null;
    }
  }

  /**
   * Decodes a whole file.
   *
   * @param bytes the raw file content (already decompressed)
   * @param minConfidence the lowest ICU detector confidence, 0-100, accepted when the bytes carry
   *     no BOM and are not UTF-8
   * @return the normalised text and its charset, or a reject reason and detail
   */
  public static Decoded decode(byte[] bytes, int minConfidence) {
    Objects.requireNonNull(bytes, "bytes");
    if (minConfidence < 0 || minConfidence > 100) {
      throw new IllegalArgumentException("minConfidence must be 0-100, was " + minConfidence);
    }

    // UTF-32LE before UTF-16LE: its BOM starts with the UTF-16LE one.
    if (startsWith(bytes, UTF8_BOM)) {
      return strictDecode(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, UTF32LE_BOM)) {
      return strictDecode(bytes, UTF32LE_BOM.length, Charset.forName("UTF-32LE"));
    }
    if (startsWith(bytes, UTF32BE_BOM)) {
      return strictDecode(bytes, UTF32BE_BOM.length, Charset.forName("UTF-32BE"));
    }
    if (startsWith(bytes, UTF16LE_BOM)) {
      return strictDecode(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, UTF16BE_BOM)) {
      return strictDecode(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
    }

    String binary = binaryEvidence(bytes);
    if (binary != null) {
      return Decoded.rejected(BINARY, binary);
    }

    Decoded utf8 = strictDecode(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.ok()) {
      return utf8;
    }
    return decodeDetected(bytes, minConfidence);
  }

  /** Returns why the start of the file looks binary, or null if it may be text. */
  private static String binaryEvidence(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "NUL byte at offset " + i;
      }
      if (isSuspectControl(b)) {
        controls++;
      }
    }
    // Integer form of controls / length > 10%, exact for any length.
    if ((long) controls * 100 > (long) length * MAX_CONTROL_PERCENT) {
      return (controls * 100 / length) + "% control bytes in the first " + length + " bytes";
    }
    return null;
  }

  /**
   * C0 controls and DEL, except those found in real text files: tab, line feed, form feed, carriage
   * return and ESC (ANSI colour codes in captured console output).
   */
  private static boolean isSuspectControl(int b) {
    return switch (b) {
      case '\t', '\n', '\f', '\r', 0x1B -> false;
      default -> b < 0x20 || b == 0x7F;
    };
  }

  /** Decodes with the single-byte charset ICU considers most likely, if it is likely enough. */
  private static Decoded decodeDetected(byte[] bytes, int minConfidence) {
    CharsetDetector detector = new CharsetDetector();
    // HTML files come through here too; their ASCII markup would dilute the n-gram statistics.
    detector.enableInputFilter(true);
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() < minConfidence) {
        break; // detectAll() is sorted by falling confidence
      }
      Charset charset = DETECTABLE.get(match.getName());
      if (charset != null) {
        Decoded decoded = strictDecode(bytes, 0, charset);
        return decoded.ok()
            ? decoded
            : Decoded.rejected(
                UNDECODABLE,
                "detected "
                    + charset.name()
                    + " with confidence "
                    + match.getConfidence()
                    + ", but "
                    + decoded.detail());
      }
    }
    return Decoded.rejected(
        UNDECODABLE, "not valid UTF-8 and no charset detected with confidence >= " + minConfidence);
  }

  /**
   * Decodes {@code bytes} from {@code start} on, failing on the first malformed or unmappable
   * sequence. A hand-driven decoder loop is used instead of {@link Charset#decode}, which replaces
   * bad input, or {@link CharsetDecoder#decode(ByteBuffer)}, whose exception does not say where the
   * bad bytes are.
   */
  private static Decoded strictDecode(byte[] bytes, int start, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out =
        CharBuffer.allocate(
            (int) Math.ceil(in.remaining() * (double) decoder.averageCharsPerByte()));
    CoderResult result;
    while ((result = decoder.decode(in, out, true)).isOverflow()) {
      out = grow(out);
    }
    if (!result.isError()) {
      while ((result = decoder.flush(out)).isOverflow()) {
        out = grow(out);
      }
    }
    if (!result.isError()) {
      return Decoded.success(normalise(out.flip().toString()), charset.name());
    }
    // The buffer's position is absolute in the array, so this is the file offset (BOM included).
    return Decoded.rejected(
        UNDECODABLE,
        (result.isMalformed() ? "malformed " : "unmappable ")
            + charset.name()
            + " sequence at byte offset "
            + in.position());
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
    out.flip();
    return bigger.put(out);
  }

  /** LF line ends, no BOM characters, NFC; BOMs go first so NFC can compose across them. */
  private static String normalise(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    return Normalizer.normalize(lines, Normalizer.Form.NFC);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
