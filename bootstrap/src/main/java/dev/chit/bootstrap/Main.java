package dev.chit.bootstrap;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/** Starts Chit: {@code java -jar bootstrap/target/chit.jar}. */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        LogConfig.configureRuntime();
        ChitSettings settings = ChitSettings.from(Config.create());
        Chit chit = Chit.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            chit.close();
            stopped.countDown();
        }, "chit-shutdown"));
        System.out.println();
        System.out.println("Chit is serving at " + chit.baseUri());
        System.out.println("  Menu:    curl " + chit.baseUri() + "/api/v1/restaurants/" + DemoData.RESTAURANT + "/menu");
        System.out.println("  Health:  curl " + chit.baseUri() + "/observe/health");
        if (settings.demoData() != DemoDataMode.FALSE) {
            System.out.println("  Demo manager (sign-in arrives with the portal): "
                    + DemoData.MANAGER_EMAIL + " / " + DemoData.MANAGER_PASSWORD);
        }
        LOG.fine("event=main-waiting");
        stopped.await();
    }
}
