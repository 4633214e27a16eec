/**
 * The web apps built from {@code src/main/web} (the guest's ordering app and the staff portal),
 * served from the classpath beside the API: hashed assets cached for good, each app's page never
 * cached, its client-side routes answered with that page.
 */
package dev.chit.adapters.web.apps;
