package dev.keepup.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.keepup.api.Json;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes the one-line JSON object that --json promises as the last line of a command's output. */
public final class JsonOutput {

  private JsonOutput() {}

  public static void printLine(PrintWriter out, Object value) {
    try {
      out.println(Json.MAPPER.writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
