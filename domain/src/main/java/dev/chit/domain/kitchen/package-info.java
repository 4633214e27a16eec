/**
 * The kitchen's capacity: the work it has taken on ({@link dev.chit.domain.kitchen.KitchenLoad}),
 * how that work fills its 15-minute slots ({@link dev.chit.domain.kitchen.Kitchen}), and the
 * promise a new order can be given ({@link dev.chit.domain.kitchen.PromiseTime}).
 */
package dev.chit.domain.kitchen;
