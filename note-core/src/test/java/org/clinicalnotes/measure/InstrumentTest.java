package org.clinicalnotes.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "PHQ-9,4,minimal", "PHQ-9,5,mild", "PHQ-9,9,mild", "PHQ-9,10,moderate", "PHQ-9,14,moderate",
        "PHQ-9,15,moderately severe", "PHQ-9,19,moderately severe", "PHQ-9,20,severe", "PHQ-9,27,severe",
        "GAD-7,4,minimal", "GAD-7,5,mild", "GAD-7,10,moderate", "GAD-7,15,severe",
        "PHQ-2,2,negative screen", "PHQ-2,3,positive screen",
        "AUDIT,7,low risk", "AUDIT,8,hazardous", "AUDIT,16,harmful", "AUDIT,20,possible dependence",
        "AUDIT-C,2,negative screen", "AUDIT-C,3,positive screen for women", "AUDIT-C,4,positive screen",
        "PCL-5,32,below PTSD threshold", "PCL-5,33,probable PTSD",
        "EPDS,9,depression unlikely", "EPDS,10,possible depression", "EPDS,13,probable depression",
        "C-SSRS,0,no risk", "C-SSRS,3,high risk"})
    void bands_follow_published_cut_offs(String name, double value, String band) {
        Instrument i = Instrument.fromShortName(name).orElseThrow();
        assertThat(i.accepts(value)).isTrue();
        assertThat(i.band(value)).contains(band);
    }

    @ParameterizedTest
    @CsvSource({"PHQ-9,28", "GAD-7,22", "PHQ-2,7", "AUDIT,41", "AUDIT-C,13", "PCL-5,81", "EPDS,31", "SpO2,101"})
    void rejects_values_outside_the_range(String name, double value) {
        assertThat(Instrument.fromShortName(name).orElseThrow().accepts(value)).isFalse();
    }
}
