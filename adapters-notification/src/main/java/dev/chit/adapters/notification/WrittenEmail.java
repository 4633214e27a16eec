package dev.chit.adapters.notification;

/** An email written out: its subject and the same text twice, plain and HTML. */
public record WrittenEmail(String subject, String text, String html) {
}
