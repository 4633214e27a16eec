package dev.chit.application.printing;

import dev.chit.domain.error.InvalidInput;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where printers may be: anywhere (the default: loopback and private ranges are where printers
 * live), or, when the operator sets {@code CHIT_PRINTER_NETWORKS}, only inside those CIDR ranges.
 * A host name is resolved, and every address it has must be inside.
 */
public final class PrinterNetworks {

    private final List<Range> ranges;

    private PrinterNetworks(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static PrinterNetworks anywhere() {
        return new PrinterNetworks(List.of());
    }

    /** @param cidrs such as {@code 192.168.1.0/24, 10.0.0.0/8, ::1/128}, comma-separated */
    public static PrinterNetworks parse(String cidrs) {
        List<Range> ranges = Arrays.stream(cidrs.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList();
        return new PrinterNetworks(ranges);
    }

    public boolean restricted() {
        return !ranges.isEmpty();
    }

    /** @throws InvalidInput naming {@code field} when the host is outside the ranges, or does not resolve */
    public void check(String host, String field) {
        if (ranges.isEmpty()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            throw new InvalidInput(field, "unknown-host", "the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (ranges.stream().noneMatch(range -> range.contains(address))) {
                throw new InvalidInput(field, "not-allowed", "printers must be within " + ranges);
            }
        }
    }

    private record Range(InetAddress network, int prefix, String text) {

        Range {
            Objects.requireNonNull(network, "network");
        }

        static Range parse(String cidr) {
            String[] parts = cidr.split("/", 2);
            try {
                // Only literal addresses: a range naming a host would resolve at start-up.
                if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                    throw new IllegalArgumentException("not an address: " + cidr);
                }
                InetAddress network = InetAddress.getByName(parts[0]);
                int bits = network.getAddress().length * 8;
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("prefix out of range: " + cidr);
                }
                return new Range(network, prefix, cidr);
            } catch (UnknownHostException | NumberFormatException bad) {
                throw new IllegalArgumentException("CHIT_PRINTER_NETWORKS: not a CIDR range: " + cidr, bad);
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            byte[] n = network.getAddress();
            if (a.length != n.length) {
                return false;
            }
            int bits = a.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            return new BigInteger(1, a).and(mask).equals(new BigInteger(1, n).and(mask));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    public String toString() {
        return ranges.isEmpty() ? "anywhere" : ranges.toString();
    }
}
