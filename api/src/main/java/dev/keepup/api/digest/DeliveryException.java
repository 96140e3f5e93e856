package dev.keepup.api.digest;

/** One attempt to deliver a digest failed; the delivery stays pending and is retried later. */
final class DeliveryException extends Exception {
  DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
