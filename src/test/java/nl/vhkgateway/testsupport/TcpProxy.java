package nl.vhkgateway.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of a server, for injecting connection failures: {@link #outage()} cuts every
 * connection and refuses new ones until {@link #restore()}; {@link #dropIdleAfter(Duration)} closes connections
 * without traffic for that long (what mail servers and NATs do to idle sessions). Thread-safe; close it after use.
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(daemon("tcp-proxy-reaper"));
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean down;
    private volatile long idleLimitNanos = Long.MAX_VALUE;
    private volatile boolean closed;

    public TcpProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        reaper.scheduleWithFixedDelay(this::dropIdle, 100, 100, TimeUnit.MILLISECONDS);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Cuts every open connection and refuses (accepts and closes at once) new ones until {@link #restore()}. */
    public void outage() {
        down = true;
        links.forEach(Link::close);
    }

    public void restore() {
        down = false;
    }

    /** Closes connections that carried no byte in either direction for {@code limit}. */
    public void dropIdleAfter(Duration limit) {
        idleLimitNanos = limit.toNanos();
    }

    /** @return how many connections were closed because they were idle */
    public int droppedIdle() {
        return dropped.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                if (down) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                Link link = new Link(client, server);
                links.add(link);
                link.start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void dropIdle() {
        long now = System.nanoTime();
        for (Link link : links) {
            if (now - link.lastActivity > idleLimitNanos) {
                dropped.incrementAndGet();
                link.close();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        reaper.shutdownNow();
        links.forEach(Link::close);
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private final class Link {
        private final Socket client;
        private final Socket server;
        private volatile long lastActivity = System.nanoTime();

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            pump(client, server, "tcp-proxy-up");
            pump(server, client, "tcp-proxy-down");
        }

        private void pump(Socket from, Socket to, String name) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[16 * 1024];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        lastActivity = System.nanoTime();
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException ignored) {
                    // the other side or the proxy closed the link
                } finally {
                    close();
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        void close() {
            links.remove(this);
            try {
                client.close();
            } catch (IOException ignored) {
                // already closed
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
