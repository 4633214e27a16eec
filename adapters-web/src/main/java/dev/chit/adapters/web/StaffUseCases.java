package dev.chit.adapters.web;

import dev.chit.application.menu.ReplaceMenu;
import dev.chit.application.orders.BulkTransitionOrders;
import dev.chit.application.orders.DelayOrder;
import dev.chit.application.orders.EnterOrder;
import dev.chit.application.orders.ListOrders;
import dev.chit.application.orders.MoveOrder;
import dev.chit.application.restaurants.ChangeSettings;
import dev.chit.application.restaurants.OpenRestaurant;
import dev.chit.application.restaurants.ShowRestaurants;
import dev.chit.application.staff.DismissStaff;
import dev.chit.application.staff.HireStaff;
import dev.chit.application.staff.ListStaff;

import java.util.Objects;

/**
 * The use cases behind the routes of the people who run restaurants (staff, managers, admins):
 * restaurants and their settings, the menu, the staff, and the pass. One record, so that the
 * composition root hands them over in one piece.
 */
public record StaffUseCases(
        ShowRestaurants showRestaurants,
        OpenRestaurant openRestaurant,
        ChangeSettings changeSettings,
        ReplaceMenu replaceMenu,
        ListStaff listStaff,
        HireStaff hireStaff,
        DismissStaff dismissStaff,
        ListOrders listOrders,
        EnterOrder enterOrder,
        MoveOrder moveOrder,
        BulkTransitionOrders bulkTransitionOrders,
        DelayOrder delayOrder) {

    public StaffUseCases {
        Objects.requireNonNull(showRestaurants, "showRestaurants");
        Objects.requireNonNull(openRestaurant, "openRestaurant");
        Objects.requireNonNull(changeSettings, "changeSettings");
        Objects.requireNonNull(replaceMenu, "replaceMenu");
        Objects.requireNonNull(listStaff, "listStaff");
        Objects.requireNonNull(hireStaff, "hireStaff");
        Objects.requireNonNull(dismissStaff, "dismissStaff");
        Objects.requireNonNull(listOrders, "listOrders");
        Objects.requireNonNull(enterOrder, "enterOrder");
        Objects.requireNonNull(moveOrder, "moveOrder");
        Objects.requireNonNull(bulkTransitionOrders, "bulkTransitionOrders");
        Objects.requireNonNull(delayOrder, "delayOrder");
    }
}
