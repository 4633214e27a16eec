package dev.chit.adapters.export;

import dev.chit.application.receipts.KitchenTicket;
import dev.chit.application.receipts.PrintedLine;
import dev.chit.application.receipts.Receipt;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.OrderTotals;
import dev.chit.domain.order.PaymentStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A receipt and a ticket to print: placed at 12:00 UTC, which is 07:00 in New York. */
final class Papers {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant PLACED_AT = Instant.parse("2026-03-02T12:00:00Z");
    static final String SCRIPT_NOTE = "<script>alert('pwned')</script> no pickles";

    static final DeliveryAddress ADDRESS = new DeliveryAddress("1 Water St", Optional.of("Apt 4B"),
            Optional.of("Brooklyn"), Optional.of("NY"), Optional.of("11201"), Optional.of("US"),
            Optional.of("ring twice <loudly>"));

    private Papers() {
    }

    static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    static List<PrintedLine> lines(String currency) {
        return List.of(
                new PrintedLine("Harbour Burger", 1, Money.of(1700, currency),
                        List.of(new PrintedLine.Option("Medium rare", Money.of(0, currency)),
                                new PrintedLine.Option("Bacon", Money.of(250, currency))),
                        Optional.of(SCRIPT_NOTE), Money.of(1700, currency)),
                new PrintedLine("Lemonade", 2, Money.of(550, currency),
                        List.of(new PrintedLine.Option("Large", Money.of(150, currency))),
                        Optional.empty(), Money.of(1100, currency)));
    }

    static Receipt receipt() {
        OrderTotals totals = new OrderTotals(usd(2800), usd(248), usd(0), usd(0), usd(300), usd(0), usd(3348));
        return new Receipt("Harbour Lane Kitchen", Optional.of("1 Harbour Lane\nBrooklyn, NY"),
                new OrderId(UUID.randomUUID()), 42, PLACED_AT.atZone(NEW_YORK), "Ada <b>Guest</b>",
                Fulfillment.pickup(), lines("USD"), Optional.of("ring the bell"), totals, usd(500),
                OrderStatus.COMPLETED, PaymentStatus.PARTIALLY_REFUNDED);
    }

    static Receipt receiptInYen() {
        Money zero = Money.of(0, "JPY");
        OrderTotals totals = new OrderTotals(Money.of(2800, "JPY"), Money.of(280, "JPY"), zero, zero, zero, zero,
                Money.of(3080, "JPY"));
        return new Receipt("Tokyo Counter", Optional.empty(), new OrderId(UUID.randomUUID()), 7,
                PLACED_AT.atZone(ZoneId.of("Asia/Tokyo")), "Ada", Fulfillment.dineIn("4"), lines("JPY"),
                Optional.empty(), totals, zero, OrderStatus.PLACED, PaymentStatus.AUTHORIZED);
    }

    static Receipt deliveryReceipt() {
        Receipt receipt = receipt();
        return new Receipt(receipt.restaurantName(), receipt.restaurantAddress(), receipt.orderId(), receipt.number(),
                receipt.placedAt(), receipt.customerName(), Fulfillment.delivery(ADDRESS), receipt.lines(),
                receipt.notes(), receipt.totals(), receipt.refunded(), receipt.status(), receipt.paymentStatus());
    }

    static KitchenTicket ticket() {
        return new KitchenTicket("Harbour Lane Kitchen", new OrderId(UUID.randomUUID()), 42,
                Fulfillment.delivery(ADDRESS), PLACED_AT.atZone(NEW_YORK),
                PLACED_AT.plusSeconds(25 * 60).atZone(NEW_YORK), Optional.empty(), "Ada Guest", lines("USD"),
                Optional.of("ring the bell <twice>"));
    }
}
