/** The one Jackson setup of the API: strict reading, stable writing, RFC 3339 timestamps. */
package dev.chit.adapters.web.json;
