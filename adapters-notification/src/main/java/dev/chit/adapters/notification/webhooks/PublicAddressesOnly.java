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
 * (an installation whose receivers live on its own network, and the tests).
 */
public final class PublicAddressesOnly implements WebhookDestinations {

    private final boolean allowPrivate;

    public PublicAddressesOnly(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
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
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return Optional.of("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("the host " + host + " resolves to a loopback, link-local or private address ("
                        + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
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
