package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.consent.AgeGroup;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentAlreadyWithdrawnException;
import nl.vhkgateway.domain.consent.ConsentData;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentNotFoundException;
import nl.vhkgateway.domain.consent.ConsentRecord;
import nl.vhkgateway.domain.consent.ConsentStatus;
import nl.vhkgateway.domain.consent.Consenter;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.consent.Withdrawal;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.vhkgateway.testsupport.ConsentExamples.RVDK;
import static nl.vhkgateway.testsupport.ConsentExamples.T0;
import static nl.vhkgateway.testsupport.ConsentExamples.consent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consent register on a real MariaDB. Each test uses its own case references, so one database serves all. */
class JdbcConsentRepositoryIT {

    private static DataSource dataSource;
    private static JdbcConsentRepository repository;

    @BeforeAll
    static void freshDatabase() {
        dataSource = TestDatabase.fresh("jdbcconsentrepository");
        repository = new JdbcConsentRepository(dataSource);
    }

    private static Withdrawal withdrawal(Instant at) {
        return new Withdrawal(at, ConsenterRole.JEUGDIGE, "per e-mail aan de casusregisseur",
                "deelnemer@roosendaal.test", at.plusSeconds(60));
    }

    @Test
    void storesEveryFactAndReadsItBackUnchanged() {
        ConsentData data = consent().caseReference(new CaseReference("VHT-2026-0101"))
                .consenters(Consenter.of(ConsenterRole.OUDER_MET_GEZAG), Consenter.of(ConsenterRole.OUDER_MET_GEZAG),
                        Consenter.youth(AgeGroup.VANAF_16))
                .youthAgeGroup(AgeGroup.VANAF_16).purpose(Purpose.INTERVENTIEGESPREK)
                .valid(T0.plusMillis(123), T0.plus(Duration.ofDays(60))).build();

        ConsentRecord recorded = repository.record(data);

        assertEquals(Optional.of(recorded), repository.findById(recorded.id()));
        assertEquals(data, repository.findById(recorded.id()).orElseThrow().data());
    }

    @Test
    void keepsARecipientTypeWithoutOrganisation() {
        ConsentData data = consent().caseReference(new CaseReference("VHT-2026-0102"))
                .sender(RVDK).recipientType(OrganisationType.GI).build();

        ConsentRecord stored = repository.findById(repository.record(data).id()).orElseThrow();

        assertEquals(Optional.empty(), stored.data().recipient().organisationId());
        assertEquals(OrganisationType.GI, stored.data().recipient().type());
    }

    @Test
    void findsTheConsentsOfOneCaseOldestFirst() {
        CaseReference caseA = new CaseReference("VHT-2026-0103");
        CaseReference caseB = new CaseReference("VHT-2026-0104");
        ConsentRecord first = repository.record(consent().caseReference(caseA).build());
        repository.record(consent().caseReference(caseB).build());
        ConsentRecord second = repository.record(consent().caseReference(caseA).purpose(Purpose.INTERVENTIEGESPREK)
                .build());

        assertEquals(List.of(first, second), repository.findByCase(caseA));
        assertEquals(List.of(), repository.findByCase(new CaseReference("VHT-2026-9999")));
    }

    @Test
    void aWithdrawalIsANewFactNextToTheConsent() {
        ConsentRecord recorded = repository.record(consent()
                .caseReference(new CaseReference("VHT-2026-0105")).build());
        Withdrawal withdrawal = withdrawal(T0.plus(Duration.ofDays(3)));

        ConsentRecord withdrawn = repository.withdraw(recorded.id(), withdrawal);
        ConsentRecord reread = repository.findById(recorded.id()).orElseThrow();

        assertEquals(withdrawn, reread);
        assertEquals(Optional.of(withdrawal), reread.withdrawal());
        assertEquals(recorded.data(), reread.data());
        assertEquals(ConsentStatus.WITHDRAWN, reread.statusAt(T0.plus(Duration.ofDays(3))));
        assertThrows(ConsentAlreadyWithdrawnException.class,
                () -> repository.withdraw(recorded.id(), withdrawal(T0.plus(Duration.ofDays(4)))));
        assertEquals(Optional.of(withdrawal), repository.findById(recorded.id()).orElseThrow().withdrawal());
    }

    @Test
    void twoConcurrentWithdrawalsLeaveExactlyOne() throws Exception {
        ConsentRecord recorded = repository.record(consent()
                .caseReference(new CaseReference("VHT-2026-0106")).build());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                int attempt = i;
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        repository.withdraw(recorded.id(), withdrawal(T0.plus(Duration.ofHours(attempt + 1))));
                        return true;
                    } catch (ConsentAlreadyWithdrawnException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> attempt : attempts) {
                succeeded += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, succeeded);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withdrawingAnUnknownConsentFails() {
        assertThrows(ConsentNotFoundException.class, () -> repository.withdraw(new ConsentId(987_654),
                withdrawal(T0)));
        assertEquals(Optional.empty(), repository.findById(new ConsentId(987_654)));
    }

    @Test
    void historyCannotBeOverwrittenWithSql() {
        ConsentRecord recorded = repository.record(consent()
                .caseReference(new CaseReference("VHT-2026-0107")).build());
        repository.withdraw(recorded.id(), withdrawal(T0.plusSeconds(5)));
        long id = recorded.id().value();

        for (String sql : List.of(
                "UPDATE consent_record SET valid_until = '2030-01-01' WHERE id = " + id,
                "DELETE FROM consent_record WHERE id = " + id,
                "UPDATE consent_consenter SET role = 'VOOGD' WHERE consent_id = " + id,
                "DELETE FROM consent_consenter WHERE consent_id = " + id,
                "DELETE FROM consent_withdrawal WHERE consent_id = " + id,
                "UPDATE consent_withdrawal SET withdrawn_at = '2030-01-01' WHERE consent_id = " + id)) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> TestDatabase.execute(dataSource, sql), sql);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(ConsentStatus.WITHDRAWN,
                repository.findById(recorded.id()).orElseThrow().statusAt(T0.plus(Duration.ofDays(1))));
    }
}
