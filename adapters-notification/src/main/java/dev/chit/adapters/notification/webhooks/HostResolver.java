package dev.chit.adapters.notification.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How a webhook's host name becomes addresses: the one place both the address check and the
 * connection get them from, so that what is checked is what is connected to. The system's DNS in
 * production; a test answers what a rebinding attacker's DNS would.
 */
@FunctionalInterface
public interface HostResolver {

    /** The system's resolver ({@link InetAddress#getAllByName}); an IP literal is its own answer. */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
