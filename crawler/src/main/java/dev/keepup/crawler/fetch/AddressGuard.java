package dev.keepup.crawler.fetch;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The SSRF guard. As OkHttp's {@link Dns} it drops every resolved address that is loopback,
 * private, link-local, multicast or unspecified, so no connection to one is ever opened, for the
 * first request and every redirect hop alike; {@link #check} does the same for IP literals, which
 * OkHttp does not resolve, and {@link #checkConnected} for the socket actually connected.
 * {@link #guard} puts the same rules on any other client that calls user-given URLs (webhooks).
 */
public final class AddressGuard implements Dns {

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

  private final boolean allowLoopback;
  private final Set<String> allowed;

  AddressGuard(boolean allowLoopback, Set<String> allowedAddresses) {
    this.allowLoopback = allowLoopback;
    this.allowed = Set.copyOf(allowedAddresses);
  }

  /**
   * {@code client} with the guard of {@code settings} (its {@code allowLoopback} and {@code
   * allowedAddresses}): names that resolve only to refused addresses fail as unknown hosts, and a
   * connection to a refused address (an IP literal) fails before the request is sent.
   */
  public static OkHttpClient guard(OkHttpClient client, FetchSettings settings) {
    AddressGuard guard = new AddressGuard(settings.allowLoopback(), settings.allowedAddresses());
    return client.newBuilder().dns(guard).addInterceptor(guard::checkLiteral).addNetworkInterceptor(guard::checkConnected).build();
  }

  /** Why a host that is an IP literal must not be fetched, or null when it may be or is a name. */
  String refusalOfLiteral(String host) {
    if (!IP_LITERAL.matcher(host).matches()) {
      return null;
    }
    try {
      String why = refusal(InetAddress.getByName(host.replace("[", "").replace("]", "")));
      return why == null ? null : "refused: " + host + " is " + why;
    } catch (UnknownHostException e) {
      return "not an address: " + host;
    }
  }

  /** An application interceptor: refuses IP literals before any connection is attempted. */
  private Response checkLiteral(Interceptor.Chain chain) throws IOException {
    String why = refusalOfLiteral(chain.request().url().host());
    if (why != null) {
      throw new RefusedAddressException(why);
    }
    return chain.proceed(chain.request());
  }

  /** A network interceptor: refuses the request when the connected peer is a refused address. */
  Response checkConnected(Interceptor.Chain chain) throws IOException {
    if (chain.connection() != null) {
      String why = refusal(chain.connection().socket().getInetAddress());
      if (why != null) {
        throw new RefusedAddressException("connected to " + why);
      }
    }
    return chain.proceed(chain.request());
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
