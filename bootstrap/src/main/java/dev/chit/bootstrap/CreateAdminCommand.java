package dev.chit.bootstrap;

import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.web.security.Argon2Passwords;
import dev.chit.application.auth.CreateAdmin;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.staff.NewPassword;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code java -jar chit.jar create-admin EMAIL}: creates a platform admin, or promotes the user
 * with that email and sets their password (how an operator gets back in). Works on the
 * configured database, migrating it first like a start does, and exits; the server need not run.
 */
public final class CreateAdminCommand {

    public static final String VERB = "create-admin";

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** Where the new password comes from (the console, the environment, standard input). */
    @FunctionalInterface
    public interface PasswordSource {
        Optional<String> passwordFor(String email);
    }

    private CreateAdminCommand() {
    }

    /** @return the process exit code: 0 done, 1 failed, 2 wrong usage or input */
    public static int run(ChitSettings settings, List<String> arguments, PasswordSource passwords,
                          PrintStream out, PrintStream err) {
        if (arguments.size() != 1 || arguments.getFirst().isBlank()) {
            err.println("usage: java -jar chit.jar " + VERB + " EMAIL   (the password is asked for, or read from "
                    + "CHIT_ADMIN_PASSWORD or standard input when there is no console)");
            return USAGE;
        }
        String email = arguments.getFirst().strip();
        Optional<NewPassword> password;
        try {
            password = passwords.passwordFor(email).map(NewPassword::new);
        } catch (InvalidInput invalid) {
            err.println(invalid.getMessage());
            return USAGE;
        }
        if (password.isEmpty()) {
            err.println("no password given: type it at the console, or set CHIT_ADMIN_PASSWORD, or pipe it in");
            return USAGE;
        }
        try (Database database = Database.open(settings.database())) {
            Clock clock = Clock.systemUTC();
            CreateAdmin createAdmin = new CreateAdmin(database.users(), database.sessions(), new Argon2Passwords(),
                    database.transactions(), new TimeOrderedIds(clock), clock);
            CreateAdmin.Result result = createAdmin.createOrPromote(email, password.get());
            out.println("Admin " + result.outcome().name().toLowerCase(Locale.ROOT) + ": " + result.admin().email()
                    + " (" + result.admin().id() + ") in " + database.describe());
            return OK;
        } catch (InvalidInput invalid) {
            err.println(invalid.getMessage());
            return USAGE;
        } catch (RuntimeException failed) {
            err.println("could not create the admin: " + failed.getMessage());
            return FAILED;
        }
    }
}
