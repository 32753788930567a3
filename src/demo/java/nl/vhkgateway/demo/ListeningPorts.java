package nl.vhkgateway.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Ports for servers that bind late. The embedded MariaDB binds its port only after InnoDB has started, which takes
 * half a minute on a busy machine; a port from the kernel's ephemeral range (the range {@code new ServerSocket(0)}
 * draws from) can meanwhile be taken by any outgoing connection on the machine, and the server then aborts with
 * "Address already in use". A free port below that range is only ever taken by another server that asks for it.
 */
final class ListeningPorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default lower bound of the ephemeral range, used when the range cannot be read. */
    private static final int DEFAULT_EPHEMERAL_LOW = 32_768;
    private static final int LOWEST = 20_000;
    private static final int ATTEMPTS = 200;
    private static final Random RANDOM = new SecureRandom();

    private ListeningPorts() {
    }

    /** A port on 127.0.0.1 that is free now and lies below the ephemeral range. */
    static int freeOutsideEphemeralRange() {
        int upper = ephemeralLowerBound();
        if (upper - LOWEST < 1_000) {
            return freeEphemeral();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = LOWEST + RANDOM.nextInt(upper - LOWEST);
            if (isFree(candidate)) {
                return candidate;
            }
        }
        return freeEphemeral();
    }

    static int ephemeralLowerBound() {
        // Files.readString trusts the size /proc reports, which is not the file's length: read the stream instead
        try (InputStream in = Files.newInputStream(EPHEMERAL_RANGE)) {
            String[] bounds = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            return Integer.parseInt(bounds[0]);
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_LOW;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freeEphemeral() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port on 127.0.0.1 for the embedded MariaDB", e);
        }
    }
}
