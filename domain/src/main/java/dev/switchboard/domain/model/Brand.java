package dev.switchboard.domain.model;

import java.util.regex.Pattern;

/** How the widget looks for this form: an accent colour ({@code #rgb} or {@code #rrggbb}) and a logo. */
public record Brand(String color, String logoUrl) {

    public static final Brand NONE = new Brand(null, null);
    private static final Pattern HEX = Pattern.compile("#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})");

    public Brand {
        color = Text.optional("color", color, 7);
        if (color != null && !HEX.matcher(color).matches()) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "color", "color must be a hex colour such as #1f6feb");
        }
        logoUrl = WebAddress.check("logoUrl", logoUrl);
    }
}
