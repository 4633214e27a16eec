package dev.chit.adapters.notification.webhooks;

import dev.chit.domain.port.WebhookDestinations;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses URLs whose host resolves (any of its addresses) to loopback, link-local, private
 * (site-local, IPv6 unique-local), wildcard or multicast addresses, unless {@code allowPrivate}
 * (an installation whose receivers live on its own network, and the tests). Deliveries connect
 * to the address {@link #checkedAddress} answers, never to a second lookup of the name.
 */
public final class PublicAddressesOnly implements WebhookDestinations {

    /** A host refused as a webhook destination, and why. */
    public static final class Refused extends RuntimeException {

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final boolean allowPrivate;
    private final HostResolver resolver;

    public PublicAddressesOnly(boolean allowPrivate) {
        this(allowPrivate, HostResolver.SYSTEM);
    }

    public PublicAddressesOnly(boolean allowPrivate, HostResolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    @Override
    public Optional<String> refusal(URI url) {
        String host = url.getHost();
        if (host == null) {
            return Optional.of("the URL has no host");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            checkedAddress(host);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /**
     * Resolves {@code host} once and checks every address it has: an attacker's DNS that answers
     * one public and one internal address is refused, not tried on the public one. The answer
     * carries the host name, so that TLS names it (SNI) and checks its certificate against it.
     *
     * @throws Refused when the host does not resolve, or resolves to an internal address
     */
    public InetAddress checkedAddress(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException unknown) {
            throw new Refused("the host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("the host " + host + " does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new Refused("the host " + host + " resolves to a loopback, link-local or private address ("
                            + address.getHostAddress() + ")");
                }
            }
        }
        if (isLiteral(host)) {
            return addresses[0];
        }
        try {
            return InetAddress.getByAddress(host, addresses[0].getAddress());
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("an address of " + addresses[0].getAddress().length + " bytes", impossible);
        }
    }

    // An IP literal names no host: there is no name for TLS to send or check. (A name never has a
    // colon, nor only digits and dots.)
    private static boolean isLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128); // 0/8, carrier-grade NAT 100.64/10
    }
}
