package org.clinicalnotes.between;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.BadInputException;

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

    /**
     * Reads the clients' plans from a JSON file: {@code {"version": 1, "clients": {"client-ana": {"preferred":
     * ["paced-breathing"], "avoid": ["grounding-54321"]}}}}. Each exercise id must be one {@code library} has, and
     * none may be both preferred and avoided; a client without a plan gets {@link #NONE}.
     *
     * @param file the JSON file (at most 1 MB, UTF-8); not null
     * @param library the coping library the ids refer to; not null
     * @return each client's plan, in file order
     * @throws BadInputException CN-5255 when the file is missing, unreadable, not UTF-8 or not JSON (with its line),
     *     CN-5256 when its shape is wrong, CN-5257 when it names an exercise the library does not have
     * @since 0.3.0
     */
    public static Map<String, ClientPlan> readFile(Path file, CopingLibrary library) {
        return ClientPlanFile.read(Objects.requireNonNull(file, "file"), Objects.requireNonNull(library, "library"));
    }
}
