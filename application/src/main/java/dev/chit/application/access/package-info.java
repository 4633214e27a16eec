/** Who is calling and what they may do: the one place use cases and routes ask about access. */
package dev.chit.application.access;
