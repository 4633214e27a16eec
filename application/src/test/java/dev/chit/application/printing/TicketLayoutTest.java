package dev.chit.application.printing;

import dev.chit.domain.printing.PaperTicket;
import dev.chit.domain.printing.PaperWidth;
import dev.chit.domain.printing.PrintJobKind;
import dev.chit.domain.printing.TicketLine;
import dev.chit.domain.printing.TicketLine.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TicketLayoutTest {

    private static final ZonedDateTime DUE = ZonedDateTime.of(2026, 3, 2, 19, 45, 0, 0, ZoneId.of("Europe/Paris"));

    private static StationTicket grill(PrintJobKind kind, Optional<Integer> reprint) {
        return new StationTicket(kind, Optional.of("Grill"), 42, "Table 7", Optional.of(DUE),
                List.of(new StationTicket.Line(2, "Double cheeseburger with caramelised onions and extra pickles",
                                List.of("Medium rare", "No mustard"), Optional.of("allergic to sesame")),
                        new StationTicket.Line(1, "Fries", List.of(), Optional.empty())),
                Optional.of("Birthday: bring the cake last"), "01HX7K2M", reprint);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void everyLineFitsThePaper_largeLinesInHalfTheColumns(PaperWidth width) {
        PaperTicket paper = TicketLayout.layOut("job", grill(PrintJobKind.NEW, Optional.empty()), width);

        assertThat(paper.lines()).allSatisfy(line -> assertThat(line.text().length())
                .isLessThanOrEqualTo(line.style() == Style.LARGE ? width.columns() / 2 : width.columns()));
    }

    @Test
    void aNewTicket_namesTheStation_theNumberLarge_theTableAndDue_linesWithOptionsIndented_notesHighlighted() {
        PaperTicket paper = TicketLayout.layOut("job", grill(PrintJobKind.NEW, Optional.empty()), PaperWidth.COLUMNS_32);

        assertThat(paper.lines()).contains(new TicketLine("GRILL", Style.BOLD), new TicketLine("#42", Style.LARGE),
                new TicketLine("Table 7", Style.BOLD), TicketLine.normal("Due 19:45"),
                TicketLine.normal("     + Medium rare"), new TicketLine("1 x Fries", Style.BOLD));
        assertThat(paper.lines()).filteredOn(line -> line.style() == Style.HIGHLIGHT).extracting(TicketLine::text)
                .anySatisfy(text -> assertThat(text).contains("NOTE: allergic"))
                .anySatisfy(text -> assertThat(text).startsWith("ORDER NOTE: Birthday"));
        // The long name wraps under the name, not under the quantity.
        assertThat(paper.lines().get(5).text()).startsWith("2 x Double cheeseburger");
        assertThat(paper.lines().get(6).text()).startsWith("    ").doesNotStartWith("     ");
        assertThat(paper.lines().getLast().text()).endsWith("job 01HX7K2M").hasSize(32);
        assertThat(paper.plainText()).doesNotContain("REPRINT").doesNotContain("CANCELLED");
    }

    @Test
    void aReprint_carriesItsBannerFirst() {
        PaperTicket paper = TicketLayout.layOut("job", grill(PrintJobKind.REPRINT, Optional.of(2)), PaperWidth.COLUMNS_48);

        assertThat(paper.lines().getFirst()).isEqualTo(new TicketLine("REPRINT 2", Style.LARGE));
    }

    @Test
    void aCancelledTicket_saysCancelledAndTheNumber() {
        PaperTicket paper = TicketLayout.layOut("job", grill(PrintJobKind.CANCELLED, Optional.empty()),
                PaperWidth.COLUMNS_42);

        assertThat(paper.lines().getFirst()).isEqualTo(new TicketLine("CANCELLED #42", Style.LARGE));
        assertThat(paper.lines()).doesNotContain(new TicketLine("#42", Style.LARGE));
    }

    @Test
    void aTestTicket_isShortAndSaysTest() {
        var test = new StationTicket(PrintJobKind.TEST, Optional.empty(), 0, "", Optional.empty(), List.of(),
                Optional.empty(), "01HX7K2M", Optional.empty());

        PaperTicket paper = TicketLayout.layOut("job", test, PaperWidth.COLUMNS_42);

        assertThat(paper.lines().getFirst()).isEqualTo(new TicketLine("TEST", Style.LARGE));
        assertThat(paper.plainText()).contains("€").contains("job 01HX7K2M");
    }
}
