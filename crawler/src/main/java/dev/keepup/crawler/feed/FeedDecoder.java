package dev.keepup.crawler.feed;

import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.XmlReaderException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a feed into characters. The encoding is chosen as RFC 3023 says (HTTP
 * Content-Type charset, byte-order mark, XML declaration; {@code text/xml} without charset means
 * US-ASCII), by Rome's {@link XmlReader}. When those sources disagree, or the bytes are not valid in
 * the chosen encoding, the text is decoded as well as it can be and the problem is reported.
 */
final class FeedDecoder {

  /** Characters and what went wrong getting them (null when nothing did). */
  record Decoded(String text, String encoding, String problem) {}

  private FeedDecoder() {}

  static Decoded decode(byte[] bytes, String contentType) {
    String problem = null;
    String encoding;
    try {
      encoding = encodingOf(bytes, contentType, false);
    } catch (IOException e) {
      problem = "encoding: " + e.getMessage();
      encoding = lenientEncodingOf(bytes, contentType);
    }
    Charset charset = charset(encoding);
    try {
      String text = strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
      return new Decoded(stripBom(text), charset.name(), problem);
    } catch (CharacterCodingException e) {
      String reason = "bytes not valid " + charset.name();
      Decoded fallback = fallback(bytes, charset);
      return new Decoded(fallback.text(), fallback.encoding(), problem == null ? reason : problem + "; " + reason);
    }
  }

  /**
   * The most likely reading of bytes that are not valid in the chosen charset: the first of the
   * charset the document itself declares (BOM or XML declaration, as RFC 7303 prefers to a bare
   * {@code text/xml}), UTF-8 and windows-1252 (the usual mislabel) that decodes them cleanly.
   */
  private static Decoded fallback(byte[] bytes, Charset declared) {
    List<Charset> candidates = new ArrayList<>();
    candidates.add(charset(lenientEncodingOf(bytes, null)));
    candidates.add(StandardCharsets.UTF_8);
    Charset windows1252 = Charset.forName("windows-1252");
    candidates.add(windows1252);
    for (Charset candidate : candidates) {
      if (!candidate.equals(declared)) {
        try {
          String text = strict(candidate).decode(ByteBuffer.wrap(bytes)).toString();
          return new Decoded(stripBom(text), candidate.name(), null);
        } catch (CharacterCodingException e) {
          // try the next candidate
        }
      }
    }
    return new Decoded(stripBom(new String(bytes, windows1252)), windows1252.name(), null);
  }

  private static java.nio.charset.CharsetDecoder strict(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String encodingOf(byte[] bytes, String contentType, boolean lenient) throws IOException {
    try (XmlReader reader =
        contentType == null
            ? new XmlReader(new ByteArrayInputStream(bytes), lenient, "UTF-8")
            : new XmlReader(new ByteArrayInputStream(bytes), contentType, lenient, "UTF-8")) {
      return reader.getEncoding();
    } catch (XmlReaderException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static String lenientEncodingOf(byte[] bytes, String contentType) {
    try {
      return encodingOf(bytes, contentType, true);
    } catch (IOException e) {
      return "UTF-8";
    }
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
