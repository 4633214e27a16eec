package dev.chit.bootstrap;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The create-admin command's password: typed twice at a terminal without echo; where there is
 * no terminal (a script, a container), {@code CHIT_ADMIN_PASSWORD}, else the first line of
 * standard input ({@code printf '%s\n' "$PW" | java -jar chit.jar create-admin EMAIL}).
 */
final class AdminPasswordPrompt implements CreateAdminCommand.PasswordSource {

    private final Optional<String> configured;
    private final PrintStream err;

    AdminPasswordPrompt(Optional<String> configured, PrintStream err) {
        this.configured = configured;
        this.err = err;
    }

    @Override
    public Optional<String> passwordFor(String email) {
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] first = console.readPassword("Password for %s: ", email);
            char[] again = console.readPassword("The same again: ");
            if (first == null || !Arrays.equals(first, again)) {
                err.println("the two passwords differ");
                return Optional.empty();
            }
            return Optional.of(new String(first));
        }
        if (configured.isPresent()) {
            return configured;
        }
        try {
            return Optional.ofNullable(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    .readLine()).filter(line -> !line.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("standard input could not be read", e);
        }
    }

    // From JDK 22 on, System.console() exists even when input is piped; isTerminal() tells. Chit
    // compiles for 21, where a console exists only at a terminal and isTerminal() does not exist.
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }
}
