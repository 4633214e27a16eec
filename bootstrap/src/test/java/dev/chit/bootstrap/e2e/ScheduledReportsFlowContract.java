package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.chit.adapters.export.SalesReportPrinter;
import dev.chit.adapters.notification.SmtpSettings;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.application.reports.MakeScheduledReports;
import dev.chit.application.reports.ShowSalesSummary;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import dev.chit.bootstrap.MailSettings;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.restaurant.RestaurantId;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scheduled reports across instances: the server, and two more schedule jobs on their own
 * connection pools, make each due period's report at the same moment; the database keeps one,
 * and one email per address goes out (GreenMail), with the report's files attached. Then the
 * manager lists and downloads the reports, and sets the schedule.
 */
abstract class ScheduledReportsFlowContract {

    private static final String R = "/api/v1/restaurants/" + SignedInFlow.RESTAURANT;
    private static final List<String> RECIPIENTS = List.of("boss@example.com", "books@example.com");

    @RegisterExtension
    final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestDatabase database;
    private Chit chit;
    private HttpJson http;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void start() {
        database = createDatabase();
        var smtp = new SmtpSettings("127.0.0.1", mail.getSmtp().getPort(), SmtpSettings.Security.NONE,
                Optional.empty(), "", "reports@chit.test", Duration.ofSeconds(5));
        chit = Chit.start(new ChitSettings("127.0.0.1", 0, database.settings(), DemoDataMode.TRUE)
                .withMail(MailSettings.through(smtp, Duration.ofMillis(200))));
        http = new HttpJson(chit.baseUri());
    }

    @AfterEach
    void stop() {
        if (chit != null) {
            chit.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static MakeScheduledReports job(Database on) {
        Clock clock = Clock.systemUTC();
        var summaries = new ShowSalesSummary(on.restaurants(), on.salesRecords(), new SalesReportPrinter());
        return new MakeScheduledReports(on.reports(), on.restaurants(), summaries, Optional.of(on.outbox()),
                on.transactions(), new TimeOrderedIds(clock), clock);
    }

    @Test
    void instancesRacingForTheSamePeriods_makeEachOnce_andEmailItOnceToEachAddress() throws Exception {
        Map<String, String> boss = signInManager();
        try (Database first = Database.open(database.settings()); Database second = Database.open(database.settings())) {
            // Three days back: the last two or three days are due (by the time of day) and were missed.
            first.reports().save(new ReportSchedule(new RestaurantId(UUID.fromString(SignedInFlow.RESTAURANT)), true,
                    true, Set.of(ReportFormat.PDF, ReportFormat.CSV), RECIPIENTS,
                    Instant.now().minus(Duration.ofDays(3))));
            List<MakeScheduledReports> jobs = List.of(job(first), job(second), job(first), job(second));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(jobs.size());
            List<Future<Integer>> runs = new ArrayList<>();
            for (MakeScheduledReports job : jobs) {
                runs.add(threads.submit(() -> {
                    go.await();
                    return job.makeDue();
                }));
            }
            go.countDown();
            int made = 0;
            for (Future<Integer> run : runs) {
                made += run.get();
            }
            threads.shutdown();

            JsonNode listed = http.get(R + "/reports", boss).json().get("items");
            Set<String> periods = new HashSet<>();
            listed.forEach(report -> periods.add(report.get("kind").asText() + report.get("from").asText()));
            assertThat(listed.size()).as("one report per period").isEqualTo(periods.size()).isGreaterThanOrEqualTo(2);
            assertThat(made).as("made by the racers (the server's own job may have made some first)")
                    .isLessThanOrEqualTo(listed.size());

            int expectedEmails = listed.size() * RECIPIENTS.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length >= expectedEmails);
            assertThat(job(first).makeDue()).as("nothing left to make").isZero();
            Thread.sleep(1500);
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).as("one email per report and address").hasSize(expectedEmails);
            Set<String> subjects = new HashSet<>();
            for (MimeMessage message : received) {
                subjects.add(message.getAllRecipients()[0] + " " + message.getSubject());
                assertThat(attachments(message)).containsExactlyInAnyOrder("application/pdf", "text/csv");
            }
            assertThat(subjects).hasSize(expectedEmails);
        }
    }

    private static List<String> attachments(MimeMessage message) throws Exception {
        List<String> types = new ArrayList<>();
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                types.add(part.getContentType().split(";")[0].strip().toLowerCase());
            }
        }
        return types;
    }

    @Test
    void aManager_setsTheSchedule_andDownloadsWhatWasMade() {
        Map<String, String> boss = signInManager();
        var saved = http.put(R + "/report-schedule", HttpJson.json(Map.of("daily", true, "weekly", false,
                "formats", List.of("pdf", "csv"), "emailTo", RECIPIENTS)), boss);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode schedule = http.get(R + "/report-schedule", boss).json();
        assertThat(schedule.get("daily").asBoolean()).isTrue();
        assertThat(schedule.get("emailTo")).extracting(JsonNode::asText).containsExactlyElementsOf(RECIPIENTS);

        var badEmail = http.put(R + "/report-schedule", HttpJson.json(Map.of("daily", true,
                "emailTo", List.of("boss@example.com", "not an address"))), boss);
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.json().at("/errors/0/field").asText()).isEqualTo("emailTo[1]");
        var badFormat = http.put(R + "/report-schedule", HttpJson.json(Map.of("formats", List.of("xls"))), boss);
        assertThat(badFormat.status()).isEqualTo(422);
        assertThat(badFormat.json().at("/errors/0/field").asText()).isEqualTo("formats[0]");
        assertThat(http.get(R + "/report-schedule", boss).json().get("emailTo").size()).as("unchanged").isEqualTo(2);

        try (Database direct = Database.open(database.settings())) {
            direct.reports().save(new ReportSchedule(new RestaurantId(UUID.fromString(SignedInFlow.RESTAURANT)), true,
                    false, Set.of(ReportFormat.PDF, ReportFormat.CSV), List.of(), Instant.now().minus(Duration.ofDays(2))));
            job(direct).makeDue();
        }
        JsonNode report = http.get(R + "/reports?limit=1", boss).json().at("/items/0");
        String download = R + "/reports/" + report.get("id").asText() + "/download";
        var pdf = http.get(download + "?format=pdf", boss);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var csv = http.get(download + "?format=csv", boss);
        assertThat(csv.header("Content-Disposition")).contains("report-daily-" + report.get("from").asText() + ".csv");
        assertThat(csv.body()).contains("Sales\r\n");
        assertThat(http.get(download + "?format=xlsx", boss).status()).isEqualTo(400);
        assertThat(http.get(R + "/reports/" + UUID.randomUUID() + "/download", boss).status()).isEqualTo(404);
    }

    private Map<String, String> signInManager() {
        var response = http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", SignedInFlow.MANAGER_EMAIL,
                "password", SignedInFlow.MANAGER_PASSWORD)), Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + response.json().get("token").asText());
    }
}
