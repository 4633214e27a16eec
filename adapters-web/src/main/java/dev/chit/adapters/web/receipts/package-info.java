/** An order on paper: the guest's receipt (JSON, HTML, PDF) and the kitchen's ticket (HTML, PDF). */
package dev.chit.adapters.web.receipts;
