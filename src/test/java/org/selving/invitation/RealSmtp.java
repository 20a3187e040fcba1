package org.selving.invitation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application sending through a real SMTP server: GreenMail, in the test's JVM, on a port free at
 * the time (other builds run their tests on this machine too), and the mailer pointed at it instead of
 * the mock. The server can be stopped and started again on the same port, as a mail server that goes
 * away for a while. Mails are sent at two a second, so that a batch takes a while.
 */
public class RealSmtp implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // a start of its own begins on an empty database, as SampleOrganizationTest's does
        return Map.of("selving.invitations.mails-per-minute", "120", "quarkus.flyway.clean-at-start", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Server.class));
    }

    /** Starts GreenMail before the application and tells the application where it is. */
    public static class Server implements QuarkusTestResourceLifecycleManager {

        static GreenMail greenMail;
        static ServerSetup setup;

        @Override
        public Map<String, String> start() {
            setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            greenMail = new GreenMail(setup);
            greenMail.start();
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(setup.getPort()), "quarkus.mailer.tls", "false",
                    "quarkus.mailer.start-tls", "DISABLED");
        }

        @Override
        public void stop() {
            greenMail.stop();
        }

        /** The server comes back on the same port. */
        static void restart() {
            greenMail = new GreenMail(setup);
            greenMail.start();
        }

        static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
