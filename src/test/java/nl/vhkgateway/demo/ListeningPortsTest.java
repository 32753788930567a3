package nl.vhkgateway.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.RepeatedTest;

class ListeningPortsTest {

    @RepeatedTest(20)
    void choosesABindablePortBelowTheEphemeralRange() throws IOException {
        int port = ListeningPorts.freeOutsideEphemeralRange();

        assertTrue(port < ListeningPorts.ephemeralLowerBound(), "port " + port + " lies in the ephemeral range");
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertTrue(socket.isBound());
        }
    }
}
