package dev.keepup.api.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.keepup.api.Json;
import java.io.UncheckedIOException;

/** A digest as the JSON stored in the graph and posted to webhooks. */
final class DigestPayload {

  private DigestPayload() {}

  static String write(Digest digest) {
    try {
      return Json.MAPPER.writeValueAsString(digest);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Digest read(String json) {
    try {
      return Json.MAPPER.readValue(json, Digest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored digest is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
