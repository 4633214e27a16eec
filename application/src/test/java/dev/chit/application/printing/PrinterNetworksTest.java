package dev.chit.application.printing;

import dev.chit.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrinterNetworksTest {

    @Test
    void unrestricted_takesAnyAddress_loopbackAndPrivateIncluded() {
        assertThatCode(() -> PrinterNetworks.anywhere().check("127.0.0.1", "connection.host")).doesNotThrowAnyException();
        assertThatCode(() -> PrinterNetworks.parse(" ").check("10.1.2.3", "connection.host")).doesNotThrowAnyException();
    }

    @Test
    void restricted_takesOnlyAddressesInsideTheRanges() {
        PrinterNetworks networks = PrinterNetworks.parse("192.168.1.0/24, 10.0.0.0/8, ::1/128");

        assertThatCode(() -> networks.check("192.168.1.77", "connection.host")).doesNotThrowAnyException();
        assertThatCode(() -> networks.check("10.200.3.4", "connection.host")).doesNotThrowAnyException();
        assertThatCode(() -> networks.check("::1", "connection.host")).doesNotThrowAnyException();
        assertThatThrownBy(() -> networks.check("192.168.2.1", "connection.host"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                    assertThat(invalid.violations().getFirst().field()).isEqualTo("connection.host");
                    assertThat(invalid.violations().getFirst().code()).isEqualTo("not-allowed");
                });
        assertThatThrownBy(() -> networks.check("127.0.0.1", "connection.host")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aRangeThatIsNotCidr_isRefusedAtStartUp() {
        assertThatThrownBy(() -> PrinterNetworks.parse("printers.local/24")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrinterNetworks.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void starStatusCodes_readAsPrinterStatuses() {
        assertThat(CloudPrnt.status("200 OK")).isEqualTo(dev.chit.domain.printing.PrinterStatus.ONLINE);
        assertThat(CloudPrnt.status("410 Paper Empty")).isEqualTo(dev.chit.domain.printing.PrinterStatus.PAPER_OUT);
        assertThat(CloudPrnt.status("511 Cover Open")).isEqualTo(dev.chit.domain.printing.PrinterStatus.OFFLINE);
    }
}
