package dev.chit.adapters.web.printing;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.printing.PrintJob;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A print job: {@code id}, {@code shortId} (at the ticket's foot), kind, status, attempts, where and what. */
record PrintJobJson(UUID id, String shortId, String kind, String status, int attempts, UUID printerId, UUID orderId,
                    Long orderNumber, UUID stationId, Instant createdAt, Instant printedAt, String lastError) {

    static PrintJobJson of(PrintJob job, Instant now) {
        return new PrintJobJson(job.id(), job.shortId(), job.kind().name(), job.status(now).name(), job.attempts(),
                job.printerId().value(), job.orderId().map(OrderId::value).orElse(null),
                job.orderNumber().orElse(null), job.stationId().orElse(null), job.createdAt(),
                job.printedAt().orElse(null), job.lastError().orElse(null));
    }

    record PageJson(List<PrintJobJson> items) {
    }
}
