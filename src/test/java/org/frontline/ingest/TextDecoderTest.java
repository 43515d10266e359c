package org.frontline.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.frontline.ingest.TextDecoder.Decoded;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final int MIN_CONFIDENCE = 30;

  /** Long enough, and English enough, for ICU to be sure of a single-byte charset. */
  private static final String NEWS =
      "Kyiv, 23 November. President Zelenskyy’s office said on Saturday that the “offensive”"
          + " near the eastern town had stalled after heavy rain turned the fields into mud. A café"
          + " owner in the city centre, who asked not to be named, said the résumé of the week was"
          + " simple: drones at night, queues for water in the morning — and quiet hope by the"
          + " evening. Officials said repair crews restored power to most districts within six"
          + " hours.";

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void decodesUtf8WithoutBom() {
    Decoded decoded = TextDecoder.decode("Київ — café ✓".getBytes(UTF_8), MIN_CONFIDENCE);

    assertThat(decoded.ok()).isTrue();
    assertThat(decoded.charset()).isEqualTo("UTF-8");
    assertThat(decoded.text()).isEqualTo("Київ — café ✓");
    assertThat(decoded.rejectReason()).isNull();
    assertThat(decoded.detail()).isNull();
  }

  @Test
  void stripsUtf8Bom() {
    Decoded decoded = TextDecoder.decode(concat(UTF8_BOM, "Київ".getBytes(UTF_8)), MIN_CONFIDENCE);

    assertThat(decoded.charset()).isEqualTo("UTF-8");
    assertThat(decoded.text()).isEqualTo("Київ");
  }

  @Test
  void decodesUtf16LittleEndianWithBom() {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Київ, 23 листопада".getBytes(UTF_16LE));

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.charset()).isEqualTo("UTF-16LE");
    assertThat(decoded.text()).isEqualTo("Київ, 23 листопада");
  }

  @Test
  void decodesUtf16BigEndianWithBom() {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Київ, 23 листопада".getBytes(UTF_16BE));

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.charset()).isEqualTo("UTF-16BE");
    assertThat(decoded.text()).isEqualTo("Київ, 23 листопада");
  }

  @Test
  void decodesUtf32LittleEndianWithBom() {
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
            "Київ".getBytes(Charset.forName("UTF-32LE")));

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.charset()).isEqualTo("UTF-32LE");
    assertThat(decoded.text()).isEqualTo("Київ");
  }

  @Test
  void detectsWindows1252() {
    Decoded decoded =
        TextDecoder.decode(NEWS.getBytes(Charset.forName("windows-1252")), MIN_CONFIDENCE);

    assertThat(decoded.ok()).isTrue();
    assertThat(decoded.charset()).isEqualTo("windows-1252");
    assertThat(decoded.text())
        .isEqualTo(NEWS)
        .contains("Zelenskyy’s", "“offensive”", "café", "résumé");
  }

  @Test
  void reportsIso88591AsWindows1252LikeBrowsers() {
    String latin1 = NEWS.replace('’', '\'').replace('“', '"').replace('”', '"').replace('—', '-');

    Decoded decoded = TextDecoder.decode(latin1.getBytes(ISO_8859_1), MIN_CONFIDENCE);

    assertThat(decoded.charset()).isEqualTo("windows-1252");
    assertThat(decoded.text()).isEqualTo(latin1);
  }

  @Test
  void detectsWindows1251() {
    String ukrainian =
        "Київ, 23 листопада. Сили оборони відбили атаку поблизу міста, повідомили в штабі."
            + " Енергетики відновили світло у більшості районів за шість годин. Місцева влада"
            + " закликала мешканців не ігнорувати сигнали повітряної тривоги.";

    Decoded decoded = TextDecoder.decode(ukrainian.getBytes(Charset.forName("windows-1251")), 20);

    assertThat(decoded.charset()).isEqualTo("windows-1251");
    assertThat(decoded.text()).isEqualTo(ukrainian);
  }

  @Test
  void rejectsLegacyTextBelowConfidenceThreshold() {
    Decoded decoded = TextDecoder.decode(NEWS.getBytes(Charset.forName("windows-1252")), 100);

    assertThat(decoded.ok()).isFalse();
    assertThat(decoded.rejectReason()).isEqualTo(TextDecoder.UNDECODABLE);
    assertThat(decoded.detail())
        .isEqualTo("not valid UTF-8 and no charset detected with confidence >= 100");
  }

  @Test
  void normalisesCrLfAndLoneCrToLf() {
    Decoded decoded =
        TextDecoder.decode("one\r\ntwo\rthree\n\r\nfour".getBytes(UTF_8), MIN_CONFIDENCE);

    assertThat(decoded.text()).isEqualTo("one\ntwo\nthree\n\nfour");
  }

  @Test
  void normalisesLegacyCrLfToo() {
    byte[] bytes = (NEWS + "\r\n\r\n" + NEWS + "\r\n").getBytes(Charset.forName("windows-1252"));

    assertThat(TextDecoder.decode(bytes, MIN_CONFIDENCE).text())
        .isEqualTo(NEWS + "\n\n" + NEWS + "\n");
  }

  @Test
  void normalisesToNfc() {
    Decoded decoded = TextDecoder.decode("cafe\u0301 Ї".getBytes(UTF_8), MIN_CONFIDENCE);

    assertThat(decoded.text()).isEqualTo("caf\u00e9 \u0407");
  }

  @Test
  void removesByteOrderMarksInsideTheText() {
    byte[] bytes = concat(UTF8_BOM, "part one\uFEFF\npart two\uFEFF".getBytes(UTF_8));

    assertThat(TextDecoder.decode(bytes, MIN_CONFIDENCE).text()).isEqualTo("part one\npart two");
  }

  @Test
  void decodesEmptyInputAsEmptyText() {
    Decoded decoded = TextDecoder.decode(new byte[0], MIN_CONFIDENCE);

    assertThat(decoded.ok()).isTrue();
    assertThat(decoded.text()).isEmpty();
    assertThat(decoded.charset()).isEqualTo("UTF-8");
  }

  @Test
  void rejectsNulByteAsBinary() {
    byte[] bytes = "Report from Kharkiv\0 continues".getBytes(UTF_8);

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.rejectReason()).isEqualTo(TextDecoder.BINARY);
    assertThat(decoded.detail()).isEqualTo("NUL byte at offset 19");
    assertThat(decoded.text()).isNull();
    assertThat(decoded.charset()).isNull();
  }

  @Test
  void onlySniffsTheFirst8KiBForNul() {
    byte[] bytes = new byte[9000];
    Arrays.fill(bytes, (byte) 'a');
    bytes[8192] = 0;

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.ok()).isTrue();
    assertThat(decoded.text()).hasSize(9000);
  }

  @Test
  void rejectsManyControlBytesAsBinary() {
    byte[] bytes = new byte[100];
    Arrays.fill(bytes, (byte) 'x');
    Arrays.fill(bytes, 0, 11, (byte) 0x01);

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.rejectReason()).isEqualTo(TextDecoder.BINARY);
    assertThat(decoded.detail()).isEqualTo("11% control bytes in the first 100 bytes");
  }

  @Test
  void acceptsUpToTenPercentControlBytes() {
    byte[] bytes = new byte[100];
    Arrays.fill(bytes, (byte) 'x');
    Arrays.fill(bytes, 0, 10, (byte) 0x07);

    assertThat(TextDecoder.decode(bytes, MIN_CONFIDENCE).ok()).isTrue();
  }

  @Test
  void doesNotCountWhitespaceAndEscapeAsControlBytes() {
    String text = "\u001b[1mAlert\u001b[0m\t\f\r\n".repeat(10);

    Decoded decoded = TextDecoder.decode(text.getBytes(UTF_8), MIN_CONFIDENCE);

    assertThat(decoded.ok()).isTrue();
  }

  @Test
  void rejectsRandomBytesAsBinary() {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    // Random bytes hit 0x00 about once every 256 bytes, so the NUL rule fires first.
    assertThat(decoded.rejectReason()).isEqualTo(TextDecoder.BINARY);
    assertThat(decoded.detail()).startsWith("NUL byte at offset ");
  }

  @Test
  void rejectsRandomHighBytesAsUndecodable() {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] |= (byte) 0x80;
    }

    // ICU rates these bytes near 50 as GB18030, which is deliberately not a candidate.
    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.rejectReason()).isEqualTo(TextDecoder.UNDECODABLE);
    assertThat(decoded.detail())
        .isEqualTo("not valid UTF-8 and no charset detected with confidence >= 30");
  }

  @Test
  void rejectsInvalidBytesAfterUtf8Bom() {
    byte[] bytes = concat(UTF8_BOM, new byte[] {'a', 'b', (byte) 0xC3, 0x28, (byte) 0xFF});

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.rejectReason()).isEqualTo(TextDecoder.UNDECODABLE);
    assertThat(decoded.detail()).isEqualTo("malformed UTF-8 sequence at byte offset 5");
  }

  @Test
  void rejectsTruncatedUtf16() {
    byte[] text = "Kyiv".getBytes(UTF_16LE);
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, new byte[] {'x'});

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.rejectReason()).isEqualTo(TextDecoder.UNDECODABLE);
    assertThat(decoded.detail()).isEqualTo("malformed UTF-16LE sequence at byte offset 10");
  }

  @Test
  void rejectsUndefinedByteInDetectedCharset() {
    byte[] text = NEWS.getBytes(Charset.forName("windows-1252"));
    byte[] bytes = concat(text, new byte[] {' ', (byte) 0x81});

    Decoded decoded = TextDecoder.decode(bytes, MIN_CONFIDENCE);

    assertThat(decoded.rejectReason()).isEqualTo(TextDecoder.UNDECODABLE);
    assertThat(decoded.detail())
        .startsWith("detected windows-1252 with confidence ")
        .endsWith(", but unmappable windows-1252 sequence at byte offset " + (text.length + 1));
  }

  @Test
  void rejectsConfidenceOutsidePercentRange() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0], 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0], -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodedIsEitherSuccessOrRejection() {
    assertThat(Decoded.success("text", "UTF-8").ok()).isTrue();
    assertThat(Decoded.rejected(TextDecoder.BINARY, "why").ok()).isFalse();
    assertThatThrownBy(() -> new Decoded("text", "UTF-8", TextDecoder.BINARY, "why"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decoded("text", null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fixturesDecodeAsExpected() throws IOException {
    assertThat(decodeFixture("empty.txt").text()).isEmpty();
    assertThat(decodeFixture("blank.txt").text()).isBlank().doesNotContain("\r");
    assertThat(decodeFixture("binary.txt").rejectReason()).isEqualTo(TextDecoder.BINARY);
    assertThat(decodeFixture("undecodable.txt").rejectReason()).isEqualTo(TextDecoder.UNDECODABLE);

    Decoded windows1252 = decodeFixture("good-windows1252.txt");
    assertThat(windows1252.charset()).isEqualTo("windows-1252");
    assertThat(windows1252.text()).contains("centre’s “first week”", "café");

    Decoded utf16 = decodeFixture("good-utf16.txt");
    assertThat(utf16.charset()).isEqualTo("UTF-16LE");
    assertThat(utf16.text()).startsWith("Rail operator adds night trains to Lviv\n\n");

    Decoded crlf;
    try (InputStream in = new GZIPInputStream(fixture("good-crlf.txt.gz"))) {
      crlf = TextDecoder.decode(in.readAllBytes(), MIN_CONFIDENCE);
    }
    assertThat(crlf.charset()).isEqualTo("UTF-8");
    assertThat(crlf.text())
        .startsWith("Mine clearance teams finish work on farmland near Izium\n\nSpecialists")
        .doesNotContain("\r");
  }

  private static Decoded decodeFixture(String name) throws IOException {
    try (InputStream in = fixture(name)) {
      return TextDecoder.decode(in.readAllBytes(), MIN_CONFIDENCE);
    }
  }

  private static InputStream fixture(String name) {
    InputStream in = TextDecoderTest.class.getResourceAsStream("/bad-input/" + name);
    assertThat(in).as("fixture %s", name).isNotNull();
    return in;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] result = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, result, offset, part.length);
      offset += part.length;
    }
    return result;
  }
}
