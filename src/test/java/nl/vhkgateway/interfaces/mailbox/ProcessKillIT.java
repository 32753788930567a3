package nl.vhkgateway.interfaces.mailbox;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.vhkgateway.application.mailflow.ProcessingPoint;
import nl.vhkgateway.testsupport.CrashAt;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real process kills: a child JVM (the test classpath) processes three messages and halts itself at a chosen
 * point of the second one ({@code Runtime.halt}: no cleanup of any kind, its database and IMAP connections simply
 * die). The test JVM then restarts the intake on the same database and mailbox and proves exactly-once delivery.
 */
class ProcessKillIT {

    private static final String DB = "vhk_it_processkill";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));

    @ParameterizedTest(name = "process killed at {0}")
    @EnumSource(value = ProcessingPoint.class, names = {"AFTER_STORE", "BEFORE_SEND", "BEFORE_MOVE"})
    void aKilledProcessIsResumedByTheNextOneAndDeliversEverythingExactlyOnce(ProcessingPoint point) throws Exception {
        IntakeBench bench = new IntakeBench(GREEN_MAIL, DB);
        bench.deliver(3);

        int exit = runChildThatHaltsAt(point);

        assertEquals(CrashAt.HALT_STATUS, exit, "the child must have halted at " + point);
        assertTrue(bench.voorzitterInbox().size() < 3, "the kill interrupted the work");
        bench.restartAndProcess();
        bench.assertEveryMessageDeliveredOnce(3);
    }

    private static int runChildThatHaltsAt(ProcessingPoint point) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createDirectories(Path.of("target", "it-data")).resolve("process-kill-" + point + ".log");
        List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "-Ddb.user=" + TestDatabase.server().user(), "-Ddb.password=" + TestDatabase.server().password(),
                KillableIntakeMain.class.getName(),
                TestDatabase.server().jdbcUrl(DB),
                Integer.toString(GREEN_MAIL.getImap().getPort()),
                Integer.toString(GREEN_MAIL.getSmtp().getPort()),
                point.name(), "2");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("child JVM did not finish; see " + log);
        }
        return child.exitValue();
    }

}
