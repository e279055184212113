package org.clinicalnotes.measure;

import java.util.Arrays;
import java.util.Optional;

/**
 * Measures the extractor recognises: questionnaire totals and vital signs, with their valid range, unit
 * and interpretation bands. {@link #shortName()} is what {@link org.clinicalnotes.note.MeasureScore#instrument()}
 * holds.
 *
 * @since 0.1.0
 */
public enum Instrument {
    /** Patient Health Questionnaire, 9 items, total 0–27. */
    PHQ_9("PHQ-9", 0, 27, false),
    /** Patient Health Questionnaire, 2 items, total 0–6. */
    PHQ_2("PHQ-2", 0, 6, false),
    /** Generalized Anxiety Disorder scale, 7 items, total 0–21. */
    GAD_7("GAD-7", 0, 21, false),
    /** Alcohol Use Disorders Identification Test, total 0–40. */
    AUDIT("AUDIT", 0, 40, false),
    /** AUDIT consumption items, total 0–12. */
    AUDIT_C("AUDIT-C", 0, 12, false),
    /** PTSD Checklist for DSM-5, total 0–80. */
    PCL_5("PCL-5", 0, 80, false),
    /** Edinburgh Postnatal Depression Scale, total 0–30. */
    EPDS("EPDS", 0, 30, false),
    /** Columbia Suicide Severity Rating Scale screen, as a risk level: 0 none, 1 low, 2 moderate, 3 high. */
    C_SSRS("C-SSRS", 0, 3, false),
    /** Systolic blood pressure, mm[Hg]. */
    BP_SYSTOLIC("BP systolic", 50, 260, true),
    /** Diastolic blood pressure, mm[Hg]. */
    BP_DIASTOLIC("BP diastolic", 20, 160, true),
    /** Heart rate, beats per minute. */
    HEART_RATE("Heart rate", 20, 250, true),
    /** Body temperature, Cel or [degF]. */
    BODY_TEMPERATURE("Body temperature", 30, 110, true),
    /** Oxygen saturation, percent. */
    OXYGEN_SATURATION("SpO2", 50, 100, true),
    /** Body weight, kg or [lb_av]. */
    BODY_WEIGHT("Body weight", 1, 700, true);

    private final String shortName;
    private final double min;
    private final double max;
    private final boolean vitalSign;

    Instrument(String shortName, double min, double max, boolean vitalSign) {
        this.shortName = shortName;
        this.min = min;
        this.max = max;
        this.vitalSign = vitalSign;
    }

    /** @return the short name, for example {@code PHQ-9} */
    public String shortName() {
        return shortName;
    }

    /** @return whether this is a vital sign (FHIR category vital-signs) rather than a survey */
    public boolean vitalSign() {
        return vitalSign;
    }

    /**
     * @param value a value
     * @return whether the value is possible for this measure
     */
    public boolean accepts(double value) {
        return value >= min && value <= max;
    }

    /**
     * The interpretation band of a total, from the instruments' published cut-offs: PHQ-9 0–4 minimal,
     * 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe; GAD-7 0–4 minimal, 5–9 mild, 10–14
     * moderate, 15–21 severe; PHQ-2 3 or more positive screen; AUDIT 0–7 low risk, 8–15 hazardous, 16–19
     * harmful, 20+ possible dependence; AUDIT-C 4 or more positive (3 or more for women); PCL-5 33 or more
     * probable PTSD; EPDS 13 or more probable depression, 10–12 possible depression. Vital signs have none.
     *
     * @param value the total
     * @return the band, when the instrument has bands
     */
    public Optional<String> band(double value) {
        String b = switch (this) {
            case PHQ_9 -> value <= 4 ? "minimal" : value <= 9 ? "mild" : value <= 14 ? "moderate"
                    : value <= 19 ? "moderately severe" : "severe";
            case GAD_7 -> value <= 4 ? "minimal" : value <= 9 ? "mild" : value <= 14 ? "moderate" : "severe";
            case PHQ_2 -> value >= 3 ? "positive screen" : "negative screen";
            case AUDIT -> value <= 7 ? "low risk" : value <= 15 ? "hazardous" : value <= 19 ? "harmful"
                    : "possible dependence";
            case AUDIT_C -> value >= 4 ? "positive screen" : value >= 3 ? "positive screen for women"
                    : "negative screen";
            case PCL_5 -> value >= 33 ? "probable PTSD" : "below PTSD threshold";
            case EPDS -> value >= 13 ? "probable depression" : value >= 10 ? "possible depression"
                    : "depression unlikely";
            case C_SSRS -> value >= 3 ? "high risk" : value >= 2 ? "moderate risk" : value >= 1 ? "low risk" : "no risk";
            default -> null;
        };
        return Optional.ofNullable(b);
    }

    /**
     * @param shortName a short name as in {@link #shortName()}
     * @return the instrument, when known
     */
    public static Optional<Instrument> fromShortName(String shortName) {
        return Arrays.stream(values()).filter(i -> i.shortName.equalsIgnoreCase(shortName)).findFirst();
    }
}
