package dev.chit.bootstrap;

import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.web.StaffUseCases;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.menu.ReplaceMenu;
import dev.chit.application.orders.BulkTransitionOrders;
import dev.chit.application.orders.DelayOrder;
import dev.chit.application.orders.EnterOrder;
import dev.chit.application.orders.ListOrders;
import dev.chit.application.orders.MoveOrder;
import dev.chit.application.orders.TransitionOrder;
import dev.chit.application.restaurants.ChangeSettings;
import dev.chit.application.restaurants.OpenRestaurant;
import dev.chit.application.restaurants.ShowRestaurants;
import dev.chit.application.staff.DismissStaff;
import dev.chit.application.staff.HireStaff;
import dev.chit.application.staff.ListStaff;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.PasswordHasher;

import java.time.Clock;

/**
 * The use cases of the people who run restaurants (the admin, managers, staff), wired to the
 * database: restaurants and settings, the menu, the staff, and the pass. Moves of orders go
 * through the one {@link TransitionOrder}, so that they settle payments like any other move.
 */
final class RestaurantSide {

    private RestaurantSide() {
    }

    static StaffUseCases wire(Database database, OrderEventPublisher events, PasswordHasher passwords,
                              PlaceOrder placeOrder, TransitionOrder transitionOrder, IdGenerator ids, Clock clock) {
        var restaurants = database.restaurants();
        var transactions = database.transactions();
        return new StaffUseCases(
                new ShowRestaurants(restaurants, clock),
                new OpenRestaurant(restaurants, database.menus(), transactions, ids),
                new ChangeSettings(restaurants, transactions),
                new ReplaceMenu(restaurants, database.menus(), transactions, ids),
                new ListStaff(restaurants, database.users()),
                new HireStaff(restaurants, database.users(), passwords, transactions, ids),
                new DismissStaff(restaurants, database.users(), transactions),
                new ListOrders(database.orders(), restaurants, clock),
                new EnterOrder(placeOrder, transitionOrder),
                new MoveOrder(database.orders(), transitionOrder),
                new BulkTransitionOrders(transitionOrder),
                new DelayOrder(database.orders(), events, transactions, clock));
    }
}
