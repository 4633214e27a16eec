/**
 * Request plumbing the services share: request ids and the access log, security headers,
 * reading JSON bodies within the size limit, ids in paths, idempotency keys.
 */
package dev.chit.adapters.web.support;
