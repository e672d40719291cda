package dev.switchboard.domain.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the country a form sent, in any of the ways forms send it (FR, FRA, France, france), as an
 * ISO 3166 alpha-2 code. Names come from the JDK's English locale data plus a few everyday aliases.
 */
public final class Countries {

    private static final Map<String, String> CODES = codes();

    private Countries() {}

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            codes.put(code.toLowerCase(Locale.ROOT), code);
            codes.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            codes.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        codes.put("uk", "GB");
        codes.put("great britain", "GB");
        codes.put("england", "GB");
        codes.put("united states of america", "US");
        codes.put("america", "US");
        codes.put("holland", "NL");
        codes.put("the netherlands", "NL");
        codes.put("deutschland", "DE");
        codes.put("españa", "ES");
        codes.put("schweiz", "CH");
        codes.put("suisse", "CH");
        return Map.copyOf(codes);
    }

    /** The ISO alpha-2 code for a country as a form sent it, or empty when it is not one we know. */
    public static Optional<String> code(String country) {
        if (country == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODES.get(country.strip().toLowerCase(Locale.ROOT)));
    }
}
