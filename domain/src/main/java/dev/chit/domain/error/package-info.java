/**
 * The domain's rejections. Each is a {@link dev.chit.domain.error.DomainException}; the web
 * adapter turns each kind into one stable problem type.
 */
package dev.chit.domain.error;
