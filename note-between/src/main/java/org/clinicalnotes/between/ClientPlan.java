package org.clinicalnotes.between;

import java.util.List;

/**
 * What the client's treatment plan says about coping exercises: the ones the client practises (preferred
 * when a suggestion is chosen) and the ones to avoid (never suggested).
 *
 * @param preferred exercise ids to prefer, most preferred first
 * @param avoid exercise ids never to suggest
 * @since 0.2.0
 */
public record ClientPlan(List<String> preferred, List<String> avoid) {

    /** No preferences. */
    public static final ClientPlan NONE = new ClientPlan(List.of(), List.of());

    /** Copies. */
    public ClientPlan {
        preferred = List.copyOf(preferred);
        avoid = List.copyOf(avoid);
    }
}
