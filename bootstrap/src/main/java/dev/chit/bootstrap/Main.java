package dev.chit.bootstrap;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Starts Chit: {@code java -jar bootstrap/target/chit.jar}; or, with {@code create-admin EMAIL},
 * creates (or promotes) a platform admin and exits.
 */
public final class Main {

    static {
        // Before any logger exists: the lines of a graceful stop must not be lost (see StopLogging).
        System.setProperty("java.util.logging.manager", StopLogging.class.getName());
    }

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        LogConfig.configureRuntime();
        ChitSettings settings = ChitSettings.from(Config.create());
        if (args.length > 0 && args[0].equals(CreateAdminCommand.VERB)) {
            System.exit(CreateAdminCommand.run(settings, Arrays.asList(args).subList(1, args.length),
                    new AdminPasswordPrompt(settings.signIn().adminPassword(), System.err), System.out, System.err));
        }
        Chit chit = Chit.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (an orchestrator's stop, a rolling restart): unready first, then drain, then
        // stop; from the moment the server serves, the demo's filling included.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            chit.stopGracefully();
            StopLogging.stopped();
            stopped.countDown();
        }, "chit-shutdown"));
        chit.fillDemoService();
        System.out.println();
        System.out.println("Chit is serving at " + chit.baseUri());
        System.out.println("  Guest app: " + chit.baseUri() + "/");
        System.out.println("  Portal:    " + chit.baseUri() + "/portal");
        System.out.println("  Health:  curl " + chit.baseUri() + "/observe/health");
        System.out.println("  API:     curl " + chit.baseUri() + "/openapi");
        if (chit.servesDemo()) {
            System.out.println("  Menu:    curl " + chit.baseUri() + "/api/v1/restaurants/" + DemoData.RESTAURANT + "/menu");
            System.out.println("  Demo sign-in for the portal: " + DemoData.MANAGER_EMAIL + " / " + DemoData.MANAGER_PASSWORD);
            System.out.println("  Sign in: curl -X POST " + chit.baseUri() + "/api/v1/auth/login"
                    + " -H 'Content-Type: application/json' -d '{\"email\":\"" + DemoData.MANAGER_EMAIL
                    + "\",\"password\":\"" + DemoData.MANAGER_PASSWORD + "\"}'");
        }
        LOG.fine("event=main-waiting");
        stopped.await();
    }
}
