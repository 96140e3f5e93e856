package dev.keepup.api.http;

/** A request the API cannot serve because of its parameters or body: answered with 400. */
final class BadRequest extends RuntimeException {
  BadRequest(String message) {
    super(message);
  }
}
