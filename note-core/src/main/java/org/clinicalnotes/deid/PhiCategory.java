package org.clinicalnotes.deid;

/**
 * The 18 identifiers of the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)), one constant each, in the order
 * the rule lists them.
 *
 * <p>Organisations (employers, clinics, hospitals, schools) are reported as {@link #LOCATION}, as the i2b2
 * de-identification guidelines do; ages over 89 are reported as {@link #DATE}, as the rule groups them.
 *
 * @since 0.1.0
 */
public enum PhiCategory {
    /** 1. Names of the patient, relatives, household members, employers, clinicians. */
    NAME,
    /** 2. Geographic subdivisions smaller than a state: street address, city, county, ZIP code; facilities. */
    LOCATION,
    /** 3. Every element of a date except the year, and ages over 89. */
    DATE,
    /** 4. Telephone numbers. */
    PHONE,
    /** 5. Fax numbers. */
    FAX,
    /** 6. Email addresses. */
    EMAIL,
    /** 7. Social Security numbers. */
    SSN,
    /** 8. Medical record numbers. */
    MEDICAL_RECORD_NUMBER,
    /** 9. Health plan beneficiary (member) numbers. */
    HEALTH_PLAN_NUMBER,
    /** 10. Account numbers. */
    ACCOUNT_NUMBER,
    /** 11. Certificate and licence numbers. */
    LICENSE_NUMBER,
    /** 12. Vehicle identifiers and serial numbers, licence plates included. */
    VEHICLE_ID,
    /** 13. Device identifiers and serial numbers. */
    DEVICE_ID,
    /** 14. Web addresses (URLs). */
    URL,
    /** 15. Internet protocol (IP) addresses. */
    IP_ADDRESS,
    /** 16. Biometric identifiers, finger and voice prints. */
    BIOMETRIC_ID,
    /** 17. Full-face photographs and comparable images. */
    PHOTO,
    /** 18. Any other unique identifying number, characteristic or code. */
    OTHER_ID;

    /** @return true for the categories whose values are numbers or codes (phone to device id, IP, other) */
    public boolean isNumber() {
        return switch (this) {
            case PHONE, FAX, SSN, MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER, ACCOUNT_NUMBER, LICENSE_NUMBER,
                 VEHICLE_ID, DEVICE_ID, IP_ADDRESS, OTHER_ID -> true;
            default -> false;
        };
    }
}
