package dev.keepup.crawler.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import okhttp3.Dns;

/**
 * The SSRF guard. As OkHttp's {@link Dns} it drops every resolved address that is loopback,
 * private, link-local, multicast or unspecified, so no connection to one is ever opened, for the
 * first request and every redirect hop alike; {@link #check} does the same for IP literals, which
 * OkHttp does not resolve.
 */
final class AddressGuard implements Dns {

  private final boolean allowLoopback;
  private final Set<String> allowed;

  AddressGuard(boolean allowLoopback, Set<String> allowedAddresses) {
    this.allowLoopback = allowLoopback;
    this.allowed = Set.copyOf(allowedAddresses);
  }

  @Override
  public List<InetAddress> lookup(String host) throws UnknownHostException {
    List<InetAddress> all = Dns.SYSTEM.lookup(host);
    List<InetAddress> permitted = all.stream().filter(a -> refusal(a) == null).toList();
    if (permitted.isEmpty()) {
      throw new RefusedAddressException(host + " resolves to " + refusal(all.getFirst()));
    }
    return permitted;
  }

  /** Why {@code address} must not be fetched, or null when it may be. */
  String refusal(InetAddress address) {
    if (allowed.contains(address.getHostAddress())) {
      return null;
    }
    if (address.isLoopbackAddress()) {
      return allowLoopback ? null : "a loopback address " + address.getHostAddress();
    }
    if (address.isAnyLocalAddress()) {
      return "an unspecified address " + address.getHostAddress();
    }
    if (address.isLinkLocalAddress()) {
      return "a link-local address " + address.getHostAddress();
    }
    if (address.isSiteLocalAddress() || isUniqueLocal(address) || isCarrierGradeNat(address)) {
      return "a private address " + address.getHostAddress();
    }
    if (address.isMulticastAddress()) {
      return "a multicast address " + address.getHostAddress();
    }
    return null;
  }

  private static boolean isUniqueLocal(InetAddress address) {
    return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
  }

  private static boolean isCarrierGradeNat(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }

  /** An address refused by the guard; a subclass of the exception OkHttp expects from DNS. */
  static final class RefusedAddressException extends UnknownHostException {
    RefusedAddressException(String message) {
      super(message);
    }
  }
}
