package io.dossier.model;

/** A dated event: {@code date} is ISO (yyyy, yyyy-MM or yyyy-MM-dd), {@code label} as written. */
public record Event(String date, String label, String text) {
}
