package dev.switchboard.domain.model;

import java.util.Locale;

/**
 * How a lead is recognised as the same person as an earlier one: its email as one lower-case string (people type
 * {@code Ana@Acme.com} one day and {@code ana@acme.com} the next), and its phone as its digits alone, when it has
 * enough of them to name one line.
 *
 * @param email the email's key, never null
 * @param phone the phone's key, or null when the lead gave none or too few digits
 */
public record ContactKeys(String email, String phone) {

    /** Fewer digits than this name no one line (an extension, a typo). */
    static final int MIN_PHONE_DIGITS = 6;

    public static ContactKeys of(LeadDetails lead) {
        return of(lead.email(), lead.phone());
    }

    public static ContactKeys of(EmailAddress email, String phone) {
        return new ContactKeys(email(email.value()), phone(phone));
    }

    /** The key of an email as it was typed: its lower case. */
    public static String email(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** The key of a phone number: its digits, or null when too few to name a line. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() < MIN_PHONE_DIGITS ? null : digits.toString();
    }
}
