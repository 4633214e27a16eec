package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.application.checkout.Confirmation;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;

import java.util.Optional;

/**
 * Staff enter an order taken on the phone or at the counter: it is placed as a guest's checkout
 * is (priced, a card authorized unless the payment is taken in person, numbered, idempotent),
 * by the member of staff, who then accepts it at once as any accept is made (the default prep
 * time, the kitchen's load included). Its history shows both moves by them.
 *
 * <p>A replay under the same key answers what was stored when the order was placed: the order
 * as placed, before the accept. Should the accept fail after the placement, the order waits on
 * the board like any other.
 */
public final class EnterOrder {

    private final PlaceOrder placeOrder;
    private final TransitionOrder transitionOrder;

    public EnterOrder(PlaceOrder placeOrder, TransitionOrder transitionOrder) {
        this.placeOrder = placeOrder;
        this.transitionOrder = transitionOrder;
    }

    /**
     * @param command a checkout as the guest would send it; who places it is the caller
     * @throws dev.chit.domain.error.NotFound unless the caller works at the command's restaurant
     */
    public PlaceOrderResult enter(Caller caller, PlaceOrderCommand command, Confirmation confirmation) {
        caller.requireStaffOf(command.restaurantId());
        Actor staff = caller.actorAt(command.restaurantId());
        PlaceOrderResult result = placeOrder.place(new PlaceOrderCommand(command.restaurantId(), command.cart(),
                command.customer(), command.notes(), command.payment(), command.idempotencyKey(),
                command.requestFingerprint(), staff), confirmation);
        return switch (result) {
            case PlaceOrderResult.Placed placed -> {
                Order accepted = transitionOrder.transition(placed.order().id(),
                        TransitionRequest.to(OrderStatus.ACCEPTED), staff, caller::worksAt, Optional.empty());
                yield new PlaceOrderResult.Placed(accepted, placed.accessToken(), placed.confirmation(), false);
            }
            case PlaceOrderResult.AwaitingPayment awaiting -> awaiting;
            case PlaceOrderResult.Replayed replayed -> replayed;
        };
    }
}
