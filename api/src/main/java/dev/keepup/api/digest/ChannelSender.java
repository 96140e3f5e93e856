package dev.keepup.api.digest;

import dev.keepup.graph.subscription.Channel;

/** Pushes a digest to one channel; one implementation per {@link Channel.Kind}. */
interface ChannelSender {

  /**
   * Sends {@code digest} to {@code channel}; {@code deliveryId} is the same on every attempt, so a
   * receiver can drop a repeat.
   *
   * @throws DeliveryException when this attempt failed and should be retried later
   */
  void send(Digest digest, Channel channel, String deliveryId) throws DeliveryException;
}
