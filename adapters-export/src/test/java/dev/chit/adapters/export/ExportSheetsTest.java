package dev.chit.adapters.export;

import dev.chit.application.reports.ExportRange;
import dev.chit.application.reports.OrderSheet;
import dev.chit.application.reports.SheetFormat;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.Restaurant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

/** The export's sheets on their own: streaming, amounts, times and formula injection. */
class ExportSheetsTest {

    private final Restaurant restaurant = aRestaurant().inZone("America/New_York").build();
    private final ExportRange range = new ExportRange(restaurant, Optional.empty(), Optional.empty(),
            Instant.parse("2026-03-03T12:00:00Z"));

    /** Counts the orders handed to the sheet, and notes how many it had when the first bytes left. */
    private static final class Watched extends java.io.OutputStream {
        long ordersRead;
        long readAtFirstWrite = -1;
        long bytes;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (readAtFirstWrite < 0 && len > 0) {
                readAtFirstWrite = ordersRead;
            }
            bytes += len;
        }
    }

    @Test
    void rowsLeave_whileLaterOrdersAreStillBeingRead() {
        for (SheetFormat format : SheetFormat.values()) {
            Watched out = new Watched();
            OrderSheet sheet = new SalesReportPrinter().sheet(format, range, out);
            Order order = anOrder().build();
            for (int i = 0; i < 5_000; i++) {
                out.ordersRead++;
                sheet.add(order);
            }
            sheet.finish();

            assertThat(out.readAtFirstWrite).as(format + ": the first bytes left after so many orders")
                    .isBetween(0L, 500L);
            assertThat(out.bytes).isGreaterThan(5_000L);
        }
    }

    @Test
    void amounts_areDecimalsOfTheMajorUnit_andTimesCarryTheRestaurantsOffset() {
        assertThat(Cells.amount(2151, Currency.getInstance("USD"))).isEqualTo("21.51");
        assertThat(Cells.amount(1500, Currency.getInstance("JPY"))).isEqualTo("1500");
        assertThat(Cells.amount(5, Currency.getInstance("EUR"))).isEqualTo("0.05");
        assertThat(Cells.amount(1234, Currency.getInstance("KWD"))).isEqualTo("1.234");
        assertThat(Cells.time(Instant.parse("2026-07-04T16:00:00.123456Z"), ZoneId.of("America/New_York")))
                .isEqualTo("2026-07-04T12:00:00.123-04:00");
        assertThat(Cells.time(Instant.parse("2026-01-04T16:00:00Z"), ZoneId.of("Asia/Tokyo")))
                .isEqualTo("2026-01-05T01:00:00.000+09:00");
    }

    @Test
    void cellsThatASpreadsheetWouldRun_areNeutralised() {
        for (String formula : List.of("=1+1", "+1 555", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Cells.text(formula)).startsWith("'").endsWith(formula);
        }
        assertThat(Cells.text("Ada = Guest")).isEqualTo("Ada = Guest");
    }

    @Test
    void aCsvRow_perLine_readsBackWithTheOrdersColumnsOnEach() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).build();
        OrderSheet sheet = new SalesReportPrinter().sheet(SheetFormat.CSV_LINES, range, out);
        sheet.add(order);
        sheet.finish();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(order.lines().size());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("orderId")).isEqualTo(order.id().toString());
            assertThat(row.get("total")).isEqualTo(Cells.amount(order.totals().total()));
        });
        assertThat(rows).extracting(row -> row.get("linePosition")).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, order.lines().size()).mapToObj(Integer::toString)
                        .toArray(String[]::new));
    }
}
