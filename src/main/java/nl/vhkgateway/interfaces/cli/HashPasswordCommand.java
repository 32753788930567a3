package nl.vhkgateway.interfaces.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import nl.vhkgateway.infrastructure.security.PasswordHash;

/**
 * Prints the PBKDF2 hash of a password for {@code vhk.beheerder.password-hash}:
 * {@code java -cp target/vhk-screen.jar nl.vhkgateway.interfaces.cli.HashPasswordCommand}. Asks twice without echo
 * on a terminal; reads one line from standard input otherwise. Not thread-safe (a program).
 */
public final class HashPasswordCommand {

    private static final int MIN_LENGTH = 12;

    private HashPasswordCommand() {
    }

    public static void main(String[] args) throws IOException {
        char[] password = read();
        if (password.length < MIN_LENGTH) {
            System.err.println("The password must have at least " + MIN_LENGTH + " characters.");
            System.exit(1);
        }
        System.out.println(PasswordHash.hash(password));
        Arrays.fill(password, '\0');
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            System.err.println("The passwords differ.");
            System.exit(1);
        }
        return first;
    }
}
