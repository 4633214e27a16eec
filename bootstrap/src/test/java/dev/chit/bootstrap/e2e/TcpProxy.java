package dev.chit.bootstrap.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * A TCP proxy on a port of its own in front of the shared PostgreSQL server, to restart the
 * database as its clients see it without restarting it for everyone: {@link #cut()} drops every
 * connection and refuses new ones (the server went down), {@link #restore()} accepts again on
 * the same port (it is back). The server itself, and everyone else's connections to it, never
 * notice.
 */
final class TcpProxy implements AutoCloseable {

    private static final int BUFFER = 16 * 1024;

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = new HashSet<>();
    private ServerSocket listening;
    private boolean up;

    private TcpProxy(String targetHost, int targetPort, ServerSocket listening) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listening = listening;
        this.port = listening.getLocalPort();
        this.up = true;
        acceptOn(listening);
    }

    /** A proxy to {@code targetHost:targetPort}, listening on a free port of the loopback address. */
    static TcpProxy to(String targetHost, int targetPort) {
        try {
            return new TcpProxy(targetHost, targetPort, bind(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** Drops every connection through the proxy and refuses new ones: the database went away. */
    synchronized void cut() {
        if (!up) {
            return;
        }
        up = false;
        closeQuietly(listening);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Accepts connections again, on the same port: the database is back. */
    synchronized void restore() {
        if (up) {
            return;
        }
        listening = rebind();
        up = true;
        acceptOn(listening);
    }

    // The port was ours a moment ago; a socket of the old listener may hold it for an instant.
    private ServerSocket rebind() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                return bind(port);
            } catch (BindException taken) {
                if (System.nanoTime() > deadline) {
                    throw new UncheckedIOException("port " + port + " could not be bound again", taken);
                }
                Thread.onSpinWait();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void acceptOn(ServerSocket server) {
        Thread.ofVirtual().name("tcp-proxy-accept").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Thread.ofVirtual().name("tcp-proxy-connect").start(() -> connect(client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(targetHost, targetPort), 5_000);
        } catch (IOException unreachable) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        synchronized (this) {
            if (!up) {
                // Cut while this one was connecting: it goes with the others.
                closeQuietly(client);
                closeQuietly(upstream);
                return;
            }
            open.add(client);
            open.add(upstream);
        }
        Thread.ofVirtual().name("tcp-proxy-up").start(() -> pump(client, upstream));
        Thread.ofVirtual().name("tcp-proxy-down").start(() -> pump(upstream, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException dropped) {
            // One side went away (or was cut): the other goes too, as with a real server.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            synchronized (this) {
                open.remove(from);
                open.remove(to);
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Going anyway.
        }
    }

    @Override
    public void close() {
        cut();
    }
}
